# features: tensor.arith, calls.keyword_args
# chapter: 8
# expect: ok
# description: torch.add / torch.sub with the keyword-only alpha argument (x + alpha * y)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, y: torch.Tensor, lr: float) -> Tuple[torch.Tensor, torch.Tensor]:
    stepped = torch.sub(x, y, alpha=lr)
    doubled = torch.add(x, y, alpha=2)
    return stepped, doubled


INPUTS = [(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.5, 0.5, -1.0]), 0.1)]
