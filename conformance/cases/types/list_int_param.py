# features: types.list, expr.subscript, control_flow.for_range
# chapter: 4
# expect: ok
# description: a List[int] parameter (a shape) reduced to its element count
import torch
from typing import List, Optional, Tuple


def fn(shape: List[int]) -> int:
    numel = 1
    for i in range(len(shape)):
        numel *= shape[i]
    return numel


INPUTS = [([2, 3, 4],), ([],), ([7],)]
