# features: expr.floordiv, expr.mod, expr.arith.int
# chapter: 5
# expect: ok
# description: int // and % for every sign combination follow Python (floor, sign of the divisor)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: int) -> List[int]:
    return [a // b, a % b, (-a) // b, (-a) % b, a // (-b), a % (-b), (-a) // (-b), (-a) % (-b)]


INPUTS = [(7, 3), (9, 3), (1, 5), (0, 4)]
