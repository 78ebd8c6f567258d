# features: classes.composition, classes.property, control_flow.nested
# chapter: 5
# expect: ok
# description: greedy NMS over a list of Box objects with an iou method and an area @property, sorted by __lt__ on score
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Box:
    def __init__(self, x1: float, y1: float, x2: float, y2: float, score: float, idx: int):
        self.x1 = x1
        self.y1 = y1
        self.x2 = x2
        self.y2 = y2
        self.score = score
        self.idx = idx

    @property
    def area(self) -> float:
        return max(self.x2 - self.x1, 0.0) * max(self.y2 - self.y1, 0.0)

    def iou(self, other: "Box") -> float:
        iw = max(min(self.x2, other.x2) - max(self.x1, other.x1), 0.0)
        ih = max(min(self.y2, other.y2) - max(self.y1, other.y1), 0.0)
        inter = iw * ih
        return inter / (self.area + other.area - inter)

    def __lt__(self, other: "Box") -> bool:
        return self.score > other.score


def nms(boxes: List[Box], thresh: float) -> List[int]:
    boxes.sort()
    keep: List[int] = []
    suppressed: List[bool] = [False] * len(boxes)
    for i in range(len(boxes)):
        if suppressed[i]:
            continue
        keep.append(boxes[i].idx)
        for j in range(i + 1, len(boxes)):
            if not suppressed[j] and boxes[i].iou(boxes[j]) > thresh:
                suppressed[j] = True
    return keep


def fn(coords: List[List[float]], scores: List[float], thresh: float) -> List[int]:
    boxes: List[Box] = []
    for i, c in enumerate(coords):
        boxes.append(Box(c[0], c[1], c[2], c[3], scores[i], i))
    return nms(boxes, thresh)


INPUTS = [
    ([[0.0, 0.0, 2.0, 2.0], [0.1, 0.1, 2.1, 2.1], [5.0, 5.0, 6.0, 6.0], [0.0, 0.0, 1.0, 1.0]], [0.6, 0.9, 0.5, 0.4], 0.5),
    ([[0.0, 0.0, 1.0, 1.0], [0.0, 0.0, 1.0, 1.0]], [0.1, 0.2], 0.99),
]
