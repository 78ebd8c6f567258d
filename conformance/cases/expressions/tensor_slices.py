# features: expressions.slice, tensors.indexing
# chapter: 5
# expect: ok
# description: tensor slicing with negative bounds, steps, ellipsis and None (a feature-map crop)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    crop = x[1:-1, 1:-1]
    strided = x[:, ::2]
    last = x[..., -1]
    expanded = x[None, 0]
    return crop, strided, last, expanded


INPUTS = [(torch.arange(20.0).reshape(4, 5),)]
