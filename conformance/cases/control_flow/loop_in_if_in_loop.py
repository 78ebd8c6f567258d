# features: control_flow.nested, control_flow.while, control_flow.for_range
# chapter: 5
# expect: ok
# description: a for loop inside an if inside a while loop, all carrying the same variables
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    total = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            for j in range(i):
                total += j
        else:
            total -= 1
        i += 1
    return total


INPUTS = [(0,), (7,), (12,)]
