# features: stmt.aug_assign, expr.arith.float
# chapter: 5
# expect: ok
# description: += *= /= on floats (an exponential moving average update)
import torch
from typing import List, Optional, Tuple


def fn(avg: float, value: float, decay: float) -> float:
    avg *= decay
    avg += (1.0 - decay) * value
    avg /= 2.0
    return avg


INPUTS = [(0.0, 1.0, 0.9), (5.0, 3.0, 0.5)]
