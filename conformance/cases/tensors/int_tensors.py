# features: tensor.dtype, tensor.arith
# chapter: 8
# expect: ok
# description: int64 tensors: + and * stay int64, / promotes to float32, int + float tensor promotes
import torch
from typing import List, Optional, Tuple


def fn(counts: torch.Tensor, weights: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    doubled = counts * 2 + 1
    halves = counts / 2
    weighted = counts * weights
    return doubled, halves, weighted


INPUTS = [(torch.tensor([1, 2, 3]), torch.tensor([0.5, 0.25, 2.0]))]
