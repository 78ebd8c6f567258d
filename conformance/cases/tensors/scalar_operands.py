# features: tensor.arith, tensor.scalar
# chapter: 8
# expect: ok
# description: tensor with int and float scalars on either side (aten::add.Scalar, aten::rsub ...)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, k: int, s: float) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    a = x * 2.5 + 1
    b = 1 - x * k
    c = s / (x + 3)
    return a, b, c


INPUTS = [(torch.tensor([0.0, 1.0, -2.0]), 3, 6.0)]
