# features: control_flow.while, expr.bool_logic
# chapter: 5
# expect: ok
# description: a while condition with `and` (bounded search for the first power of two >= n)
import torch
from typing import List, Optional, Tuple


def fn(n: int, max_steps: int) -> Tuple[int, int]:
    p = 1
    steps = 0
    while p < n and steps < max_steps:
        p *= 2
        steps += 1
    return p, steps


INPUTS = [(100, 20), (100, 3), (1, 5)]
