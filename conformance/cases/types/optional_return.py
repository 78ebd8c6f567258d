# features: types.optional, expr.literal.none
# chapter: 4
# expect: ok
# description: returning None from one path and an int from another gives Optional[int]
import torch
from typing import List, Optional, Tuple


def fn(xs: List[int], target: int) -> Optional[int]:
    for i in range(len(xs)):
        if xs[i] == target:
            return i
    return None


INPUTS = [([4, 8, 15], 8), ([4, 8, 15], 16), ([], 1)]
