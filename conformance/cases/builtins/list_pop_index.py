# features: builtins.list_methods
# chapter: 7
# expect: ok
# description: pop(0) as a queue and pop(-2) from the middle (breadth-first order)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[int, int, List[int]]:
    first = xs.pop(0)
    second_last = xs.pop(-2)
    return first, second_last, xs


INPUTS = [([1, 2, 3, 4],)]
