# features: stmt.assign.tuple_unpack, expr.tuple_literal
# chapter: 5
# expect: ok
# description: a, b = b, a + b (Fibonacci) unpacks a tuple into two names
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


INPUTS = [(0,), (1,), (10,), (20,)]
