# features: types.optional, types.refinement
# chapter: 4
# expect: ok
# description: `is None` refines Optional[int] to int in the else branch
import torch
from typing import List, Optional, Tuple


def fn(limit: Optional[int], n: int) -> int:
    if limit is None:
        return n
    elif limit < n:
        return limit
    return n


INPUTS = [(None, 5), (3, 5), (10, 5)]
