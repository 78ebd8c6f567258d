# features: tensor.broadcasting, tensor.clamp
# chapter: 5
# expect: ok
# description: torchvision-style box_iou: pairwise intersection via broadcasting max/min over [N,1,2] and [M,2], clamp and areas
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def box_area(b: torch.Tensor) -> torch.Tensor:
    return (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])


def fn(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    lt = torch.max(a[:, None, :2], b[:, :2])
    rb = torch.min(a[:, None, 2:], b[:, 2:])
    wh = (rb - lt).clamp(min=0.0)
    inter = wh[:, :, 0] * wh[:, :, 1]
    union = box_area(a)[:, None] + box_area(b) - inter
    return inter / union


INPUTS = [(torch.tensor([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]]),
           torch.tensor([[0.0, 0.0, 2.0, 2.0], [2.0, 2.0, 4.0, 4.0], [0.0, 0.0, 1.0, 4.0]]))]
