# features: types.tuple, tensor.arith, tensor.size
# chapter: 4
# expect: ok
# description: return Tuple[Tensor, int]: a normalized tensor and its length
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, int]:
    n = x.size(0)
    return x / n, n


INPUTS = [(torch.tensor([2.0, 4.0, 6.0]),)]
