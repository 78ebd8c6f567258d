# features: control_flow.for_range, stmt.unpack.tuple
# chapter: 5
# expect: ok
# description: loop-carried pair (a, b) = (b, a + b) with a modulus, as in a hashing schedule
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, m: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % m
    return a


INPUTS = [(10, 1000), (90, 97), (0, 5)]
