# features: builtins.str
# chapter: 7
# expect: ok
# description: str() of int, float, bool and a list (building a log line)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, f: float, b: bool, xs: List[int]) -> str:
    return str(n) + " " + str(f) + " " + str(b) + " " + str(xs)


INPUTS = [(3, 0.5, True, [1, 2]), (-1, 1e-8, False, [])]
