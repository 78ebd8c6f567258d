# features: tensor.matmul, tensor.unary, tensor.broadcast
# chapter: 8
# expect: ok
# description: a two-layer perceptron: relu(x @ w1 + b1) @ w2 + b2
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, w1: torch.Tensor, b1: torch.Tensor, w2: torch.Tensor, b2: torch.Tensor) -> torch.Tensor:
    hidden = torch.relu(torch.matmul(x, w1) + b1)
    return torch.matmul(hidden, w2) + b2


INPUTS = [(
    torch.tensor([[1.0, -1.0, 0.5], [0.0, 2.0, -0.5]]),
    torch.tensor([[0.1, 0.2, -0.3, 0.4], [0.5, -0.6, 0.7, 0.8], [-0.9, 1.0, 1.1, -1.2]]),
    torch.tensor([0.0, 0.1, -0.1, 0.2]),
    torch.tensor([[1.0], [-1.0], [0.5], [2.0]]),
    torch.tensor([0.25]),
)]
