# features: errors.type, types.tuple
# chapter: 4
# expect: error
# phase: type
# description: a constant tuple index past the end is caught at compile time
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> int:
    t = (a, b)
    return t[2]


INPUTS = []
