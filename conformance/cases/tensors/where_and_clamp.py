# features: tensor.where, tensor.clamp
# chapter: 8
# expect: ok
# description: torch.where chooses between two tensors by a mask; clamp with min/max and with min only
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    leaky = torch.where(x > 0, x, x * 0.1)
    return leaky, torch.clamp(x, -1.0, 1.0), x.clamp(min=0.0)


INPUTS = [(torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0]),)]
