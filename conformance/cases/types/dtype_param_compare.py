# features: types.dtype, tensor.dtype
# chapter: 4
# expect: ok
# description: x.dtype compared against torch.float32 / torch.int64 to choose a rescaling path
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    if x.dtype == torch.int64:
        return x.float() / 255.0
    if x.dtype == torch.float32:
        return x
    return x.float()


INPUTS = [(torch.tensor([0, 255, 51]),), (torch.tensor([0.5, 1.0]),), (torch.tensor([1.0, 2.0], dtype=torch.float64),)]
