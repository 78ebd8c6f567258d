# features: types.optional, types.isinstance_refinement
# chapter: 4
# expect: ok
# description: isinstance(mask, torch.Tensor) refines an Optional[Tensor] attention mask
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: torch.Tensor, mask: Optional[torch.Tensor]) -> torch.Tensor:
    if isinstance(mask, torch.Tensor):
        scores = scores.masked_fill(mask, -1e4)
    return torch.softmax(scores, -1)


INPUTS = [(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([False, True, False])), (torch.tensor([1.0, 2.0, 3.0]), None)]
