# features: classes.methods, errors.type
# chapter: 5
# expect: error
# phase: type
# description: calling a method with more positional arguments than its signature takes is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Box:
    def __init__(self, w: float, h: float):
        self.w = w
        self.h = h

    def scale(self, f: float) -> float:
        return self.w * self.h * f * f


def fn(x: float) -> float:
    b = Box(x, x)
    return b.scale(2.0, 3.0)


INPUTS = []
