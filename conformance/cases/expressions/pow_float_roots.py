# features: expr.pow, expr.arith.float
# chapter: 5
# expect: ok
# description: ** with float exponents, negative exponents and negative int bases (square roots, inverse powers)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: float, n: int) -> List[float]:
    return [x ** 0.5, x ** -2, 2.0 ** n, (-3) ** 2, (-2.0) ** 3, x ** n, 10 ** -n]


INPUTS = [(4.0, 2), (2.25, 0), (9.0, 3)]
