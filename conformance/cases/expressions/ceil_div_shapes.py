# features: expressions.floordiv, expressions.unary_minus
# chapter: 5
# expect: ok
# description: ceil division written as -(-n // k) and (n + k - 1) // k for patch counts, with negative inputs
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, k: int) -> Tuple[int, int, int]:
    a = -(-n // k)
    b = (n + k - 1) // k
    return a, b, n // -k


INPUTS = [(10, 3), (9, 3), (-7, 2), (0, 4)]
