# features: control_flow.if.elif
# chapter: 5
# expect: ok
# description: clamp a float into [lo, hi] with an if/elif/else chain
import torch
from typing import List, Optional, Tuple


def fn(x: float, lo: float, hi: float) -> float:
    if x < lo:
        result = lo
    elif x > hi:
        result = hi
    else:
        result = x
    return result


INPUTS = [(-1.0, 0.0, 1.0), (0.25, 0.0, 1.0), (3.5, 0.0, 1.0)]
