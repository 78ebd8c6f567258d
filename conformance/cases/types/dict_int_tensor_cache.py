# features: types.dict, types.tensor
# chapter: 4
# expect: ok
# description: a Dict[int, Tensor] caching per-layer activations, then summed in layer order
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, layers: int) -> torch.Tensor:
    cache: Dict[int, torch.Tensor] = {}
    h = x
    for i in range(layers):
        h = torch.relu(h * 2.0 - 1.0)
        cache[i] = h
    total = torch.zeros_like(x)
    for i in range(layers):
        total = total + cache[i]
    return total


INPUTS = [(torch.tensor([0.25, 1.0, -2.0]), 3), (torch.tensor([1.0]), 0)]
