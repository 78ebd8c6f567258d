# features: errors.runtime, tensor.broadcast
# chapter: 8
# expect: error
# phase: runtime
# description: adding tensors whose shapes do not broadcast raises at runtime
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return x + y


INPUTS = [(torch.ones(2, 3), torch.ones(3)), (torch.ones(2, 3), torch.ones(2))]
