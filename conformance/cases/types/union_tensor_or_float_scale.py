# features: types.union, types.isinstance_refinement, tensors.arith
# chapter: 4
# expect: ok
# description: a Union[Tensor, float] scale applied either elementwise or as a scalar
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, scale: Union[torch.Tensor, float]) -> torch.Tensor:
    if isinstance(scale, float):
        return x * scale
    return x * scale.unsqueeze(0)


INPUTS = [(torch.ones(2, 3), 0.5), (torch.ones(2, 3), torch.tensor([1.0, 2.0, 3.0]))]
