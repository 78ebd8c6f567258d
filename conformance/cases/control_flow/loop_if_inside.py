# features: control_flow.for_range, control_flow.if
# chapter: 5
# expect: ok
# description: count even and odd numbers below n with an if/else inside a loop
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> Tuple[int, int]:
    evens = 0
    odds = 0
    for i in range(n):
        if i % 2 == 0:
            evens += 1
        else:
            odds += 1
    return evens, odds


INPUTS = [(0,), (5,), (10,)]
