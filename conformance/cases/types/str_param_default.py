# features: types.str, calls.default_args
# chapter: 4
# expect: ok
# description: a str parameter with a default choosing a reduction mode
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    if reduction == "mean":
        return x.mean()
    elif reduction == "sum":
        return x.sum()
    return x


INPUTS = [(torch.tensor([1.0, 2.0, 6.0]),), (torch.tensor([1.0, 2.0, 6.0]), "sum"), (torch.tensor([1.0, 2.0]), "none")]
