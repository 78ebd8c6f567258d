# features: exceptions.runtime, expr.index.negative
# chapter: 7
# expect: error
# phase: runtime
# description: negative list indices work down to -len and fail beyond it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], k: int) -> int:
    return xs[-k]


INPUTS = [([1, 2, 3], 1), ([1, 2, 3], 3), ([1, 2, 3], 4)]
