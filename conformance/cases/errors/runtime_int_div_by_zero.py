# features: errors.runtime, expr.arith.int
# chapter: 7
# expect: error
# phase: runtime
# description: integer // by zero compiles but raises when run (the first input succeeds)
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> int:
    return a // b


INPUTS = [(7, 2), (7, 0)]
