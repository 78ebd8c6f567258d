# features: tensor.max, stmt.unpack.tuple
# chapter: 8
# expect: ok
# description: x.max(dim=1) returns (values, indices), and x.max() a single 0-dim tensor
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    vals, idx = x.max(dim=1)
    return vals, idx, x.max()


INPUTS = [(torch.tensor([[1.0, 5.0, 3.0], [7.0, 2.0, 7.0]]),)]
