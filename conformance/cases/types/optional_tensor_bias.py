# features: types.optional, types.refinement
# chapter: 4
# expect: ok
# description: a linear layer with an Optional[Tensor] bias refined by `is not None`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, w: torch.Tensor, bias: Optional[torch.Tensor]) -> torch.Tensor:
    y = torch.matmul(x, w)
    if bias is not None:
        y = y + bias
    return y


INPUTS = [(torch.ones(2, 3), torch.ones(3, 2), torch.tensor([1.0, -1.0])), (torch.ones(2, 3), torch.ones(3, 2), None)]
