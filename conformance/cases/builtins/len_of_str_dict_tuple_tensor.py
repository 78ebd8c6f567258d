# features: builtins.len
# chapter: 7
# expect: ok
# description: len() on str, dict, list of lists, and a tensor (its first dimension)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str, x: torch.Tensor) -> List[int]:
    d: Dict[str, int] = {"a": 1, "b": 2, "c": 3}
    nested = [[1, 2], [3]]
    return [len(s), len(d), len(nested), len(nested[0]), len(x)]


INPUTS = [("hello", torch.zeros(4, 2)), ("", torch.zeros(1))]
