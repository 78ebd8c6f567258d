# features: stmt.aug_assign, expr.arith.int
# chapter: 5
# expect: ok
# description: += -= *= on ints (a hash-like mix of a value); see aug_assign_mod_is_fmod for %=
import torch
from typing import List, Optional, Tuple


def fn(seed: int) -> int:
    h = seed
    h += 17
    h *= 31
    h -= 5
    h = h % 1000
    return h


INPUTS = [(0,), (12345,), (-7,)]
