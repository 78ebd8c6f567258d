# features: exceptions.raise, calls.helper
# chapter: 7
# expect: error
# phase: runtime
# description: a RuntimeError raised in a called helper propagates out of fn
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def check_shape(x: torch.Tensor, dim: int):
    if x.dim() != dim:
        raise RuntimeError("expected " + str(dim) + " dims")


def fn(x: torch.Tensor) -> torch.Tensor:
    check_shape(x, 2)
    return x.t()


INPUTS = [(torch.ones(2, 3),), (torch.ones(3),)]
