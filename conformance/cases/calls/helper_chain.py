# features: calls.script_function
# chapter: 5
# expect: ok
# description: a chain of calls fn -> normalize -> center, each with its own annotations
import torch
from typing import List, Optional, Tuple


def center(x: torch.Tensor) -> torch.Tensor:
    return x - torch.sum(x) / x.size(0)


def normalize(x: torch.Tensor, scale: float) -> torch.Tensor:
    return center(x) * scale


def fn(x: torch.Tensor) -> torch.Tensor:
    return normalize(x, 0.5)


INPUTS = [(torch.tensor([1.0, 2.0, 6.0]),)]
