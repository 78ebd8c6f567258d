# features: types.optional, types.tensor
# chapter: 4
# expect: ok
# description: a function returning Optional[Tensor]: None when nothing passes the threshold
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, thresh: float) -> Optional[torch.Tensor]:
    kept = x[x > thresh]
    if kept.numel() == 0:
        return None
    return kept


INPUTS = [(torch.tensor([0.1, 0.7, 0.9]), 0.5), (torch.tensor([0.1, 0.2]), 0.5)]
