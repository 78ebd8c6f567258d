# features: tensor.sum, calls.keyword_args
# chapter: 8
# expect: ok
# description: torch.sum over everything (0-dim result) and over one dim, with keepdim as a keyword
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    total = torch.sum(x)
    per_column = torch.sum(x, 0)
    per_row = torch.sum(x, dim=1, keepdim=True)
    return total, per_column, per_row


INPUTS = [(torch.arange(6.0).reshape(2, 3),)]
