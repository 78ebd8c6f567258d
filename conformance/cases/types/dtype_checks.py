# features: types.dtype, tensors.to
# chapter: 4
# expect: ok
# description: comparing x.dtype with torch dtypes and converting integer inputs to float
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    if x.dtype == torch.float32:
        return x * 0.5
    if x.dtype == torch.int64:
        return x.to(torch.float32) / 2.0
    return x


INPUTS = [(torch.tensor([1.0, 3.0]),), (torch.tensor([1, 3]),), (torch.tensor([True, False]),)]
