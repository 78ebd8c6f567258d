# features: classes.namedtuple
# chapter: 5
# expect: ok
# description: a NamedTuple box constructed and read by field name in an IoU computation
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from typing import NamedTuple


class BoxT(NamedTuple):
    x1: float
    y1: float
    x2: float
    y2: float


def iou(a: BoxT, b: BoxT) -> float:
    iw = max(min(a.x2, b.x2) - max(a.x1, b.x1), 0.0)
    ih = max(min(a.y2, b.y2) - max(a.y1, b.y1), 0.0)
    inter = iw * ih
    union = (a.x2 - a.x1) * (a.y2 - a.y1) + (b.x2 - b.x1) * (b.y2 - b.y1) - inter
    return inter / union


def fn(a: List[float], b: List[float]) -> float:
    return iou(BoxT(a[0], a[1], a[2], a[3]), BoxT(b[0], b[1], b[2], b[3]))


INPUTS = [([0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]), ([0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0])]
