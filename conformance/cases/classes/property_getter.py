# features: classes.property
# chapter: 5
# expect: ok
# description: a @property on a TorchScript class (a box's area computed from its corners)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Box:
    def __init__(self, x1: float, y1: float, x2: float, y2: float):
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2

    @property
    def area(self) -> float:
        return max(self.x2 - self.x1, 0.0) * max(self.y2 - self.y1, 0.0)


def fn(coords: List[float]) -> float:
    b = Box(coords[0], coords[1], coords[2], coords[3])
    return b.area


INPUTS = [([0.0, 0.0, 2.0, 3.0],), ([1.0, 1.0, 0.0, 0.0],)]
