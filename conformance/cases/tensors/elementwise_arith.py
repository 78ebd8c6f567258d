# features: tensor.arith
# chapter: 8
# expect: ok
# description: torch.add/sub/mul/div and the operators + - * / on two same-shape tensors
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, y: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    a = torch.add(x, y) - torch.sub(x, y)
    b = torch.mul(x, y) + x * y
    c = torch.div(x, y) * (x / y)
    return a, b, c, x - y


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[0.5, -1.0], [2.0, 8.0]]))]
