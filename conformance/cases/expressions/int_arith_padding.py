# features: expr.arith.int, expr.precedence
# chapter: 5
# expect: ok
# description: integer + - * // on a padding computation (round n up to a multiple of block)
import torch
from typing import List, Optional, Tuple


def fn(n: int, block: int) -> int:
    padded = (n + block - 1) // block * block
    return padded - n


INPUTS = [(10, 4), (16, 4), (1, 8), (0, 3)]
