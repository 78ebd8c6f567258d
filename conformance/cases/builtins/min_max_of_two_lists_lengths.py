# features: builtins.min, builtins.max
# chapter: 7
# expect: ok
# description: min/max of floats, of int lists, and mixed calls with more than two arguments
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: List[float], b: List[int]) -> Tuple[float, float, int, int]:
    return min(a), max(a), max(b[0], b[1], b[2]), min(len(a), len(b))


INPUTS = [([0.5, -2.0, 3.5], [4, 9, 1]), ([1.0], [1, 1, 1, 1])]
