# features: expr.arith.int, expr.tuple_literal
# chapter: 7
# expect: ok
# description: // and % follow Python's sign rules (floor, not truncation) for ints and floats
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> Tuple[int, int, float, float]:
    x = float(a)
    y = float(b)
    return a // b, a % b, x // y, x % y


INPUTS = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3)]
