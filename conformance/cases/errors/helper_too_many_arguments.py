# features: errors.arity, calls.script_function
# chapter: 4
# expect: error
# phase: type
# description: calling a two-parameter helper with three arguments
import torch
from typing import List, Optional, Tuple


def add(a: int, b: int) -> int:
    return a + b


def fn(n: int) -> int:
    return add(n, 1, 2)


INPUTS = []
