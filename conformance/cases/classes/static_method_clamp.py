# features: classes.static_method, classes.methods
# chapter: 5
# expect: ok
# description: a box clipper whose static helper clamps one coordinate; called as Cls.f from a method and from the function (prim::CallFunction, as upstream)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class BoxClipper:
    def __init__(self, width: int, height: int):
        self.width = width
        self.height = height

    @staticmethod
    def clamp(v: int, low: int, high: int) -> int:
        if v < low:
            return low
        if v > high:
            return high
        return v

    def clip(self, box: List[int]) -> List[int]:
        return [BoxClipper.clamp(box[0], 0, self.width), BoxClipper.clamp(box[1], 0, self.height),
                BoxClipper.clamp(box[2], 0, self.width), BoxClipper.clamp(box[3], 0, self.height)]


def fn(boxes: List[List[int]], width: int, height: int) -> List[List[int]]:
    clipper = BoxClipper(width, height)
    out: List[List[int]] = []
    for b in boxes:
        out.append(clipper.clip(b))
    out.append([BoxClipper.clamp(-5, 0, width), 0, 0, 0])
    return out


INPUTS = [([[-3, 4, 12, 20], [1, 2, 3, 4]], 10, 8)]
