# features: errors.runtime, types.list
# chapter: 7
# expect: error
# phase: runtime
# description: indexing a list past its end raises at runtime
import torch
from typing import List, Optional, Tuple


def fn(xs: List[int], i: int) -> int:
    return xs[i]


INPUTS = [([1, 2, 3], 1), ([1, 2, 3], 3)]
