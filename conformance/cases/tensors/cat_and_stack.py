# features: tensor.cat, tensor.stack
# chapter: 8
# expect: ok
# description: torch.cat along dims 0 and 1 and torch.stack of a list of tensors
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: torch.Tensor, b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    return torch.cat([a, b], dim=0), torch.cat([a, b], 1), torch.stack([a, b, a])


INPUTS = [(torch.arange(4.0).view(2, 2), torch.ones(2, 2))]
