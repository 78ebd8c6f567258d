# features: tensor.arange, tensor.comparisons, tensor.masked_fill
# chapter: 5
# expect: ok
# description: a padding mask from lengths via arange < lengths[:, None], used to mask-fill scores before a masked mean
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: torch.Tensor, lengths: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    max_len = scores.size(1)
    mask = torch.arange(max_len).unsqueeze(0) < lengths.unsqueeze(1)
    masked = scores.masked_fill(~mask, float("-inf"))
    mean = (scores * mask.to(scores.dtype)).sum(dim=1) / lengths.to(scores.dtype)
    return masked.softmax(dim=-1), mean


INPUTS = [(torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]), torch.tensor([2, 3]))]
