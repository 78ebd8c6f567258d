# features: tensor.factories
# chapter: 8
# expect: ok
# description: zeros_like, ones_like, full_like and torch.full with a shape list
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, v: float) -> List[torch.Tensor]:
    return [torch.zeros_like(x), torch.ones_like(x) * 2, torch.full_like(x, v), torch.full([2, 1], v)]


INPUTS = [(torch.tensor([[1.0, 2.0]]), 3.5)]
