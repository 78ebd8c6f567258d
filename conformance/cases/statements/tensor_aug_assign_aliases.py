# features: stmt.aug_assign.tensor, tensor.inplace
# chapter: 5
# expect: ok
# description: `y = x; y += 1` on a tensor is in-place, so x sees the update, while `y = y + 1` rebinds
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    y = x
    y += 1.0
    z = y
    z = z + 1.0
    return x, z


INPUTS = [(torch.tensor([1.0, 2.0]),)]
