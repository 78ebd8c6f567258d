# features: expr.bool_logic
# chapter: 5
# expect: ok
# description: and / or / not on comparisons, with short-circuit evaluation
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int, strict: bool) -> bool:
    both_positive = a > 0 and b > 0
    either_zero = a == 0 or b == 0
    return (both_positive or either_zero) and not (strict and a == b)


INPUTS = [(1, 2, True), (0, 5, False), (-1, -2, False), (3, 3, True), (3, 3, False)]
