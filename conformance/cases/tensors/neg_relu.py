# features: tensor.unary
# chapter: 8
# expect: ok
# description: torch.neg, unary minus and torch.relu (relu(-x) is the negative part)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    negative_part = torch.relu(torch.neg(x))
    positive_part = torch.relu(x)
    return positive_part, negative_part, positive_part - negative_part + -x


INPUTS = [(torch.tensor([[-1.5, 0.0], [2.0, -0.25]]),)]
