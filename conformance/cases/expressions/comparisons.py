# features: expr.compare
# chapter: 5
# expect: ok
# description: all six comparison operators on ints and floats, returned as a tuple of bools
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: float) -> Tuple[bool, bool, bool, bool, bool, bool]:
    return a < b, a <= b, a > b, a >= b, a == b, a != b


INPUTS = [(1, 2.0), (2, 2.0), (3, 2.5)]
