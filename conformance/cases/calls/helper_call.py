# features: calls.script_function
# chapter: 5
# expect: ok
# description: fn calls a helper defined in the same file (compiled recursively, prim::CallFunction)
import torch
from typing import List, Optional, Tuple


def square(x: torch.Tensor) -> torch.Tensor:
    return x * x


def fn(x: torch.Tensor) -> torch.Tensor:
    return square(x) + square(x + 1)


INPUTS = [(torch.tensor([1.0, -2.0, 0.5]),)]
