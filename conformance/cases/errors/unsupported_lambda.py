# features: errors.syntax
# chapter: 3
# expect: error
# phase: parse
# description: lambda is valid Python but not part of TorchScript
import torch
from typing import List, Optional, Tuple


def fn(x: int) -> int:
    f = lambda y: y + 1
    return f(x)


INPUTS = []
