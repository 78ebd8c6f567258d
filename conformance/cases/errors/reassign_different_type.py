# features: errors.type, control_flow.for_range
# chapter: 4
# expect: error
# phase: type
# description: a loop-carried int variable reassigned to a float inside the loop
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    total = 0
    for i in range(n):
        total = total + 0.5
    return total


INPUTS = []
