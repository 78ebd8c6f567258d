# features: exceptions.raise, tensor.size
# chapter: 7
# expect: error
# phase: runtime
# description: raise RuntimeError with an f-string message when a tensor's last dim does not match
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, d: int) -> torch.Tensor:
    if x.size(-1) != d:
        raise RuntimeError(f"expected last dim {d}, got {x.size(-1)}")
    return x * 2


INPUTS = [(torch.ones(2, 4), 4), (torch.ones(2, 3), 4)]
