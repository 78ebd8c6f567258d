# features: tensor.reductions, tensor.inplace
# chapter: 5
# expect: ok
# description: batch-norm training step: batch mean/var over dim 0, momentum update of running stats in place, normalised output
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, running_mean: torch.Tensor, running_var: torch.Tensor, momentum: float, eps: float) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    rm = running_mean.clone()
    rv = running_var.clone()
    n = x.size(0)
    mean = x.mean(dim=0)
    var = ((x - mean) ** 2).sum(dim=0) / n
    unbiased = var * n / max(n - 1, 1)
    rm.mul_(1.0 - momentum).add_(mean * momentum)
    rv.mul_(1.0 - momentum).add_(unbiased * momentum)
    y = (x - mean) / torch.sqrt(var + eps)
    return y, rm, rv


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, 6.0], [5.0, 10.0]]), torch.zeros(2), torch.ones(2), 0.1, 1e-5)]
