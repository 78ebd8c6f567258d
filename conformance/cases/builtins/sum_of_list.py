# features: builtins.sum, types.list
# chapter: 7
# expect: ok
# description: sum() of a List[int] and a List[float] (total tokens and mean loss)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int], losses: List[float]) -> Tuple[int, float]:
    return sum(lengths), sum(losses) / max(len(losses), 1)


INPUTS = [([3, 4, 5], [0.5, 1.5]), ([], [])]
