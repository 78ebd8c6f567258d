# features: tensor.compare
# chapter: 8
# expect: ok
# description: tensor comparisons with tensors and scalars give bool tensors
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, y: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    return x > 0, x <= y, x == y, y != 1.5


INPUTS = [(torch.tensor([-1.0, 0.0, 1.5, 2.0]), torch.tensor([0.0, 0.0, 1.5, 1.0]))]
