# features: tensor.arith, tensor.unary, tensor.sum, tensor.size
# chapter: 8
# expect: ok
# description: mean squared error written with basic ops: sum((p - t) * (p - t)) / n
import torch
from typing import List, Optional, Tuple


def fn(prediction: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
    diff = prediction - target
    n = prediction.size(0) * prediction.size(1)
    return torch.sum(diff * diff) / n


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, 4.0]]), torch.tensor([[1.5, 2.0], [2.0, 5.0]]))]
