# features: tensor.softmax
# chapter: 8
# expect: ok
# description: torch.softmax over the last dimension with a temperature, and rows summing to one
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logits: torch.Tensor, temperature: float) -> Tuple[torch.Tensor, torch.Tensor]:
    p = torch.softmax(logits / temperature, dim=-1)
    return p, p.sum(dim=-1)


INPUTS = [(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]]), 1.0), (torch.tensor([[1.0, 2.0]]), 0.5)]
