# features: control_flow.for_range
# chapter: 5
# expect: ok
# description: range(a, b, step) with positive and negative steps
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int, step: int) -> Tuple[int, int]:
    count = 0
    last = 0
    for k in range(a, b, step):
        count += 1
        last = k
    return count, last


INPUTS = [(0, 10, 3), (10, 0, -2), (0, 0, 1), (5, 1, 1)]
