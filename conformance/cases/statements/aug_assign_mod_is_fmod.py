# features: stmt.aug_assign, expr.arith.int
# chapter: 5
# expect: ok
# description: upstream quirk: `h %= k` on ints emits aten::fmod (float result, sign of the dividend), unlike h = h % k
import torch
from typing import List, Optional, Tuple


def fn(h: int, k: int):
    h %= k
    return h


INPUTS = [(10, 7), (-10, 7), (10, -7)]
