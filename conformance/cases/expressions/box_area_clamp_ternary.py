# features: expressions.float_arith, expressions.ternary
# chapter: 5
# expect: ok
# description: box width/height clamped with nested min/max and ternaries, aspect ratio guarded against zero height
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(boxes: List[List[float]], img_w: float, img_h: float) -> List[Tuple[float, float]]:
    out: List[Tuple[float, float]] = []
    for b in boxes:
        x1 = min(max(b[0], 0.0), img_w)
        y1 = min(max(b[1], 0.0), img_h)
        x2 = min(max(b[2], 0.0), img_w)
        y2 = min(max(b[3], 0.0), img_h)
        w = x2 - x1 if x2 > x1 else 0.0
        h = y2 - y1 if y2 > y1 else 0.0
        aspect = w / h if h > 0.0 else (0.0 if w == 0.0 else -1.0)
        out.append((w * h, aspect))
    return out


INPUTS = [([[-5.0, 2.0, 50.0, 12.0], [3.0, 3.0, 3.0, 8.0], [10.0, 10.0, 12.0, 10.0]], 40.0, 30.0)]
