# features: errors.type, calls.script_function
# chapter: 4
# expect: error
# phase: type
# description: passing a float to a helper parameter annotated int (a Tensor would be converted implicitly)
import torch
from typing import List, Optional, Tuple


def twice(n: int) -> int:
    return n * 2


def fn(x: float) -> int:
    return twice(x)


INPUTS = []
