# features: expr.literal.int, expr.literal.float
# chapter: 2
# expect: ok
# description: literal forms the lexer must read: 1e-3, .5, 2., 1_000, 0x1F, True/False
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> Tuple[float, float, float, int, int, bool]:
    return 1e-3 * n, .5 + n, 2. * n, 1_000 + n, 0x1F + n, True


INPUTS = [(0,), (3,)]
