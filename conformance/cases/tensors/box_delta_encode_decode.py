# features: tensor.arith, tensor.log_exp, tensor.stack
# chapter: 5
# expect: ok
# description: Faster R-CNN box coder: encode (dx, dy, dw, dh) deltas with log and decode them back with exp and stack
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def to_cxcywh(b: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    w = b[:, 2] - b[:, 0]
    h = b[:, 3] - b[:, 1]
    return b[:, 0] + 0.5 * w, b[:, 1] + 0.5 * h, w, h


def encode(gt: torch.Tensor, anchors: torch.Tensor, wx: float, ww: float) -> torch.Tensor:
    gx, gy, gw, gh = to_cxcywh(gt)
    ax, ay, aw, ah = to_cxcywh(anchors)
    return torch.stack([wx * (gx - ax) / aw, wx * (gy - ay) / ah, ww * torch.log(gw / aw), ww * torch.log(gh / ah)], dim=1)


def decode(d: torch.Tensor, anchors: torch.Tensor, wx: float, ww: float) -> torch.Tensor:
    ax, ay, aw, ah = to_cxcywh(anchors)
    cx = d[:, 0] / wx * aw + ax
    cy = d[:, 1] / wx * ah + ay
    w = torch.exp(d[:, 2] / ww) * aw
    h = torch.exp(d[:, 3] / ww) * ah
    return torch.stack([cx - 0.5 * w, cy - 0.5 * h, cx + 0.5 * w, cy + 0.5 * h], dim=1)


def fn(gt: torch.Tensor, anchors: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    d = encode(gt, anchors, 10.0, 5.0)
    return d, decode(d, anchors, 10.0, 5.0)


INPUTS = [(torch.tensor([[0.0, 0.0, 4.0, 4.0], [2.0, 1.0, 6.0, 9.0]]), torch.tensor([[1.0, 1.0, 3.0, 5.0], [2.0, 2.0, 6.0, 6.0]]))]
