# features: control_flow.for_range
# chapter: 5
# expect: ok
# description: sum of squares 0..n-1 with for i in range(n)
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


INPUTS = [(0,), (1,), (10,)]
