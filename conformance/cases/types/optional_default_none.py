# features: types.optional, calls.default_args
# chapter: 4
# expect: ok
# description: an Optional[int] parameter defaulting to None (called both with and without it)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, dim: Optional[int] = None) -> int:
    if dim is None:
        return x.dim()
    return x.size(dim)


INPUTS = [(torch.zeros(2, 5),), (torch.zeros(2, 5), 1), (torch.zeros(2, 5), None)]
