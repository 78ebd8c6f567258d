# features: expr.unary
# chapter: 5
# expect: ok
# description: unary minus on ints, floats and a parenthesised expression
import torch
from typing import List, Optional, Tuple


def fn(a: int, x: float) -> Tuple[int, float]:
    return -a + -(a * 2), -x - -1.5


INPUTS = [(3, 2.0), (-4, -0.5), (0, 0.0)]
