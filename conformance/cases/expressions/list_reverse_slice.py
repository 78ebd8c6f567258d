# features: expressions.slice, types.list
# chapter: 5
# expect: ok
# description: xs[::-1] and xs[-2::-1] reverse a list (negative step)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[List[int], List[int]]:
    return xs[::-1], xs[-2::-1]


INPUTS = [([1, 2, 3, 4],), ([],)]
