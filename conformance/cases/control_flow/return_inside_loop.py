# features: control_flow.for_range, stmt.return.early
# chapter: 6
# expect: ok
# description: return from inside a for loop (linear search for the smallest divisor)
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    for d in range(2, n):
        if n % d == 0:
            return d
    return n


INPUTS = [(15,), (13,), (2,), (49,)]
