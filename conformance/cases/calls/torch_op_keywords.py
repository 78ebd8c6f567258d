# features: calls.keyword_args, tensor.factory, tensor.sum
# chapter: 4
# expect: ok
# description: builtin operators called with keyword arguments (fill_value=, dim=, keepdim=)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    filled = torch.full([2, 2], fill_value=3.0)
    summed = torch.sum(x, dim=0, keepdim=False)
    return filled, summed


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, 4.0]]),)]
