# features: expr.arith.float
# chapter: 5
# expect: ok
# description: float arithmetic including true division and a power with a float result
import torch
from typing import List, Optional, Tuple


def fn(x: float, y: float) -> float:
    numerator = x * y + 1.5
    denominator = y - 0.5
    return numerator / denominator - x ** 2.0


INPUTS = [(2.0, 3.0), (-1.25, 0.75), (0.0, 1.0)]
