# features: types.optional, tensor.arith, tensor.softmax
# chapter: 4
# expect: ok
# description: an Optional[Tensor] additive attention mask applied only when given
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: torch.Tensor, mask: Optional[torch.Tensor]) -> torch.Tensor:
    if mask is not None:
        scores = scores + mask
    return torch.softmax(scores, dim=-1)


INPUTS = [
    (torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]), None),
    (torch.tensor([[1.0, 2.0, 3.0], [0.5, 0.5, 0.5]]), torch.tensor([[0.0, 0.0, -1e9], [0.0, -1e9, 0.0]])),
]
