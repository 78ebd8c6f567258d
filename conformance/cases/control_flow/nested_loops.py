# features: control_flow.for_range, control_flow.nested
# chapter: 5
# expect: ok
# description: nested for loops whose inner bound depends on the outer variable (triangle count)
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    pairs = 0
    for i in range(n):
        for j in range(i + 1, n):
            pairs += i * j
    return pairs


INPUTS = [(0,), (4,), (7,)]
