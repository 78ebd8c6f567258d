# features: classes.property, classes.methods
# chapter: 5
# expect: ok
# description: a box class with width/height/center @properties and a clip method returning a new box
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Box:
    def __init__(self, x1: float, y1: float, x2: float, y2: float):
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2

    @property
    def width(self) -> float:
        return self.x2 - self.x1

    @property
    def height(self) -> float:
        return self.y2 - self.y1

    @property
    def center(self) -> Tuple[float, float]:
        return (self.x1 + 0.5 * self.width, self.y1 + 0.5 * self.height)

    def clip(self, w: float, h: float) -> "Box":
        return Box(min(max(self.x1, 0.0), w), min(max(self.y1, 0.0), h),
                   min(max(self.x2, 0.0), w), min(max(self.y2, 0.0), h))


def fn(coords: List[float], w: float, h: float) -> Tuple[float, float, Tuple[float, float]]:
    b = Box(coords[0], coords[1], coords[2], coords[3]).clip(w, h)
    return b.width, b.height, b.center


INPUTS = [([-2.0, 1.0, 12.0, 5.0], 10.0, 4.0), ([1.0, 1.0, 3.0, 2.0], 10.0, 10.0)]
