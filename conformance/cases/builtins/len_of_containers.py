# features: builtins.len
# chapter: 7
# expect: ok
# description: len() of a list, a str, a dict and a tensor (its first dimension)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], s: str, x: torch.Tensor) -> Tuple[int, int, int, int]:
    d = {"a": 1, "b": 2}
    return len(xs), len(s), len(d), len(x)


INPUTS = [([1, 2, 3], "hello", torch.zeros(4, 2)), ([], "", torch.zeros(1))]
