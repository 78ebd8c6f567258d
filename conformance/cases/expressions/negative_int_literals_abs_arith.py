# features: expr.unary, expr.arith.int
# chapter: 5
# expect: ok
# description: unary minus on expressions and literals, double negation, negative exponents of ints
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: int) -> List[int]:
    return [-a, -(-a), -a * b, -(a - b), a - -b, -a // 2, -(a % 3)]


INPUTS = [(5, 3), (-4, 2), (0, -1)]
