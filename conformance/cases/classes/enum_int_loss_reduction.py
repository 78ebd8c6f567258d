# features: classes.enum, tensor.reductions
# chapter: 5
# expect: ok
# description: an int-valued Reduction Enum selecting how a per-element loss tensor is reduced
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class Reduction(Enum):
    NONE = 0
    MEAN = 1
    SUM = 2


def reduce_loss(loss: torch.Tensor, reduction: Reduction) -> torch.Tensor:
    if reduction == Reduction.MEAN:
        return loss.mean()
    elif reduction == Reduction.SUM:
        return loss.sum()
    return loss


def fn(pred: torch.Tensor, target: torch.Tensor, code: int) -> torch.Tensor:
    loss = (pred - target) ** 2
    for r in Reduction:
        if r.value == code:
            return reduce_loss(loss, r)
    return reduce_loss(loss, Reduction.NONE)


INPUTS = [
    (torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.5, 2.0, 1.0]), 0),
    (torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.5, 2.0, 1.0]), 1),
    (torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.5, 2.0, 1.0]), 2),
    (torch.tensor([1.0, 2.0]), torch.tensor([0.0, 0.0]), 9),
]
