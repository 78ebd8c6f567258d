# features: control_flow.for_range
# chapter: 5
# expect: ok
# description: range(a, b): product of the integers in [a, b) (a partial factorial)
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> int:
    product = 1
    for k in range(a, b):
        product *= k
    return product


INPUTS = [(1, 6), (3, 3), (5, 2), (-2, 2)]
