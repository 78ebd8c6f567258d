# features: types.optional, types.refinement, expr.bool_logic
# chapter: 4
# expect: ok
# description: `is not None` inside an `and` refines the Optional for the rest of the condition
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, scale: Optional[float]) -> torch.Tensor:
    if scale is not None and scale > 0.0:
        return x * scale
    return x


INPUTS = [(torch.tensor([1.0, 2.0]), None), (torch.tensor([1.0, 2.0]), 3.0), (torch.tensor([1.0, 2.0]), -1.0)]
