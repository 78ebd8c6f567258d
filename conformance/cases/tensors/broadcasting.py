# features: tensor.arith, tensor.broadcast
# chapter: 8
# expect: ok
# description: broadcasting a row (3,) and a column (2, 1) against a (2, 3) matrix (bias add, row scaling)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, bias: torch.Tensor, row_scale: torch.Tensor) -> torch.Tensor:
    return (x + bias) * row_scale


INPUTS = [(torch.arange(6.0).reshape(2, 3), torch.tensor([1.0, 0.0, -1.0]), torch.tensor([[2.0], [0.5]]))]
