# features: expr.precedence, expr.arith.int
# chapter: 3
# expect: ok
# description: operator precedence and associativity (* before +, ** right-assoc, - left-assoc)
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int, c: int) -> Tuple[int, int, float, int]:
    return a + b * c - a // b % c, a - b - c, 2.0 ** 3 ** 2 / a, -a * b + c


INPUTS = [(7, 3, 2), (10, 4, 5)]
