# features: tensor.unsqueeze, tensor.squeeze, tensor.expand
# chapter: 8
# expect: ok
# description: unsqueeze a bias to broadcast it, expand to a batch, and squeeze a size-1 dim
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, bias: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, List[int]]:
    y = x + bias.unsqueeze(0)
    e = bias.unsqueeze(0).expand(3, -1)
    s = y[:1].squeeze(0)
    return y, s, e.size()


INPUTS = [(torch.ones(2, 3), torch.tensor([1.0, 2.0, 3.0]))]
