# features: exceptions.runtime, tensor.cat
# chapter: 7
# expect: error
# phase: runtime
# description: torch.cat of tensors whose non-concatenated dims differ raises at runtime
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    return torch.cat([a, b], dim=0)


INPUTS = [(torch.ones(1, 2), torch.zeros(2, 2)), (torch.ones(1, 2), torch.zeros(1, 3))]
