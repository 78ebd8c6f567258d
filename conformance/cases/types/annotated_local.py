# features: types.ann_assign, types.float
# chapter: 4
# expect: ok
# description: an annotated local (total: float = 0) makes the int literal a float variable
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> float:
    total: float = 0.0
    for i in range(n):
        total += 0.5 * i
    return total


INPUTS = [(0,), (4,)]
