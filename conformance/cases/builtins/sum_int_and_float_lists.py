# features: builtins.sum
# chapter: 7
# expect: ok
# description: sum() of a List[int] is an int and of a List[float] a float
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], ys: List[float]) -> Tuple[int, float]:
    return sum(xs), sum(ys)


INPUTS = [([1, 2, 3], [0.5, 0.25]), ([], [])]
