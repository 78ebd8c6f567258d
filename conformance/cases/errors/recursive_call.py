# features: errors.recursion, calls.script_function
# chapter: 5
# expect: error
# phase: type
# description: a function calling itself is rejected (TorchScript has no recursion)
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    if n <= 1:
        return 1
    return n * fn(n - 1)


INPUTS = []
