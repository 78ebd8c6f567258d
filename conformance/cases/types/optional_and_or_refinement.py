# features: types.optional, types.refinement, expr.bool.and, expr.bool.or
# chapter: 4
# expect: ok
# description: `is not None` refined through `and`, and through the false side of `or` after an early return
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: Optional[int], y: Optional[int]) -> int:
    if x is not None and y is not None:
        return x * y
    if x is not None or y is None:
        return -1
    return y + 100


INPUTS = [(2, 3), (None, None), (None, 5), (4, None)]
