# features: tensor.mean, tensor.reduction
# chapter: 8
# expect: ok
# description: mean and biased variance along the last dim with keepdim=True (a manual layer norm)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, eps: float) -> torch.Tensor:
    mu = x.mean(dim=-1, keepdim=True)
    var = ((x - mu) ** 2).mean(dim=-1, keepdim=True)
    return (x - mu) / torch.sqrt(var + eps)


INPUTS = [(torch.tensor([[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 2.0]]), 1e-5)]
