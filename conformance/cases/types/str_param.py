# features: types.str, expr.compare
# chapter: 4
# expect: ok
# description: a str parameter selects a reduction mode (like a loss function's reduction)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, reduction: str) -> torch.Tensor:
    if reduction == "sum":
        return torch.sum(x)
    elif reduction == "mean":
        return torch.sum(x) / x.size(0)
    return x


INPUTS = [(torch.tensor([1.0, 2.0, 3.0]), "sum"), (torch.tensor([1.0, 2.0, 3.0]), "mean"), (torch.tensor([1.0, 2.0, 3.0]), "none")]
