# features: stmt.aug_assign, tensor.arith
# chapter: 8
# expect: ok
# description: augmented assignment on a tensor is in place (aten::add_ / aten::mul_) on a fresh tensor
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> torch.Tensor:
    y = x * 1.0
    y += 1
    y *= 2
    y -= x
    return y


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, 4.0]]),), (torch.zeros(3),)]
