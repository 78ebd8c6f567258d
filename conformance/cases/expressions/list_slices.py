# features: expressions.slice, types.list
# chapter: 5
# expect: ok
# description: list slices with negative bounds and steps (context windows over a token list)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[List[int], List[int], List[int], List[int], List[int]]:
    return xs[1:], xs[:-1], xs[-3:], xs[::2], xs[1:-1:2]


INPUTS = [([1, 2, 3, 4, 5, 6],), ([1],), ([],)]
