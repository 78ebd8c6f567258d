# features: expr.arith.power
# chapter: 4
# expect: ok
# description: ** on ints returns a float in TorchScript (aten::pow.int), unlike Python
import torch
from typing import List, Optional, Tuple


def fn(base: int, exponent: int) -> float:
    return base ** exponent


INPUTS = [(2, 10), (3, 0), (2, -1), (-3, 3)]
