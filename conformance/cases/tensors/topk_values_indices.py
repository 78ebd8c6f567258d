# features: tensor.topk
# chapter: 8
# expect: ok
# description: torch.topk returns (values, indices), unpacked and used to build a top-k mask
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, k: int) -> Tuple[torch.Tensor, torch.Tensor]:
    vals, idx = torch.topk(x, k)
    return vals, idx


INPUTS = [(torch.tensor([0.1, 0.9, 0.3, 0.7]), 2), (torch.tensor([5.0, 1.0]), 1)]
