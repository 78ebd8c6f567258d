# features: tensor.matmul
# chapter: 8
# expect: ok
# description: torch.matmul for matrix-matrix and matrix-vector products
import torch
from typing import List, Optional, Tuple


def fn(a: torch.Tensor, b: torch.Tensor, v: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return torch.matmul(a, b), torch.matmul(a, v)


INPUTS = [(torch.arange(6.0).reshape(2, 3), torch.arange(12.0).reshape(3, 4) / 4, torch.tensor([1.0, -1.0, 2.0]))]
