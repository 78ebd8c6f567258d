# features: expressions.tensor_slices, tensor.arith
# chapter: 5
# expect: ok
# description: boxes[:, 2:] - boxes[:, :2] widths/heights, centre via slices, and a boolean mask of valid boxes
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(boxes: torch.Tensor, min_size: float) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    wh = boxes[:, 2:] - boxes[:, :2]
    ctr = boxes[:, :2] + 0.5 * wh
    keep = (wh[:, 0] >= min_size) & (wh[:, 1] >= min_size)
    return wh, ctr, keep


INPUTS = [(torch.tensor([[0.0, 0.0, 4.0, 2.0], [1.0, 1.0, 1.5, 9.0], [2.0, 3.0, 5.0, 7.0]]), 1.0)]
