# features: tensor.sum, tensor.mean
# chapter: 8
# expect: ok
# description: sum over a list of dims, mean over dims with keepdim, global average pooling of a NCHW tensor
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return x.sum(dim=[2, 3]), x.mean([2, 3], keepdim=True)


INPUTS = [(torch.arange(16.0).view(1, 2, 2, 4),)]
