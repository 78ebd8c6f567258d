# features: control_flow.if
# chapter: 5
# expect: ok
# description: a variable assigned in both branches of an if/else is joined into one value (prim::If outputs)
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> int:
    if a > b:
        larger = a
        smaller = b
    else:
        larger = b
        smaller = a
    return larger - smaller


INPUTS = [(5, 3), (2, 9), (4, 4)]
