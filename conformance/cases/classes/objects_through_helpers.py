# features: classes.objects_as_values, calls.helper
# chapter: 5
# expect: ok
# description: script helper functions that build, transform and consume class objects (anchor -> shifted box -> area)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Anchor:
    def __init__(self, cx: float, cy: float, w: float, h: float):
        self.cx = cx
        self.cy = cy
        self.w = w
        self.h = h


def make_anchor(cx: float, cy: float, size: float, ratio: float) -> Anchor:
    w = size * (ratio ** 0.5)
    h = size / (ratio ** 0.5)
    return Anchor(cx, cy, w, h)


def apply_delta(a: Anchor, dx: float, dy: float, dw: float, dh: float) -> Anchor:
    return Anchor(a.cx + dx * a.w, a.cy + dy * a.h, a.w * (1.0 + dw), a.h * (1.0 + dh))


def to_corners(a: Anchor) -> List[float]:
    return [a.cx - a.w / 2.0, a.cy - a.h / 2.0, a.cx + a.w / 2.0, a.cy + a.h / 2.0]


def fn(deltas: List[List[float]]) -> List[List[float]]:
    out: List[List[float]] = []
    for i, d in enumerate(deltas):
        a = make_anchor(8.0 * i, 8.0, 16.0, 4.0 if i % 2 == 0 else 1.0)
        out.append(to_corners(apply_delta(a, d[0], d[1], d[2], d[3])))
    return out


INPUTS = [([[0.0, 0.0, 0.0, 0.0], [0.1, -0.1, 0.5, 0.0]],)]
