# features: control_flow.while, control_flow.if
# chapter: 7
# expect: ok
# description: count Collatz steps: a while loop with an if/else inside and a counter
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


INPUTS = [(1,), (6,), (27,)]
