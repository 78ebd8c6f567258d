# features: statements.with, tensor.inplace
# chapter: 5
# expect: ok
# description: an SGD-with-momentum step over a list of parameters inside `with torch.no_grad()`, using in-place updates
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def sgd_step(params: List[torch.Tensor], grads: List[torch.Tensor], bufs: List[torch.Tensor],
             lr: float, momentum: float, weight_decay: float):
    with torch.no_grad():
        for i in range(len(params)):
            g = grads[i]
            if weight_decay != 0.0:
                g = g + weight_decay * params[i]
            bufs[i].mul_(momentum).add_(g)
            params[i].sub_(lr * bufs[i])


def fn(w: torch.Tensor, b: torch.Tensor, steps: int) -> List[torch.Tensor]:
    params = [w.clone(), b.clone()]
    bufs = [torch.zeros_like(w), torch.zeros_like(b)]
    for _ in range(steps):
        grads = [2.0 * params[0], params[1] - 1.0]
        sgd_step(params, grads, bufs, 0.1, 0.9, 0.01)
    return params


INPUTS = [(torch.tensor([[1.0, -2.0], [0.5, 0.0]]), torch.tensor([3.0]), 3)]
