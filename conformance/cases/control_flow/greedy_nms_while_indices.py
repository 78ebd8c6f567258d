# features: control_flow.while, control_flow.nested
# chapter: 5
# expect: ok
# description: greedy NMS as a while loop over score-sorted indices, filtering the remainder by IoU each iteration
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def iou(a: List[float], b: List[float]) -> float:
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    ua = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / ua if ua > 0.0 else 0.0


def fn(boxes: List[List[float]], scores: List[float], thresh: float, max_out: int) -> List[int]:
    order: List[int] = []
    for i in range(len(scores)):
        j = 0
        while j < len(order) and scores[order[j]] >= scores[i]:
            j += 1
        order.insert(j, i)
    keep: List[int] = []
    while len(order) > 0 and len(keep) < max_out:
        cur = order[0]
        keep.append(cur)
        rest: List[int] = []
        for k in order[1:]:
            if iou(boxes[cur], boxes[k]) <= thresh:
                rest.append(k)
        order = rest
    return keep


INPUTS = [
    ([[0.0, 0.0, 10.0, 10.0], [1.0, 1.0, 11.0, 11.0], [20.0, 20.0, 30.0, 30.0], [0.0, 0.0, 10.0, 9.0], [21.0, 21.0, 29.0, 29.0]],
     [0.9, 0.8, 0.7, 0.95, 0.1], 0.5, 10),
    ([[0.0, 0.0, 1.0, 1.0], [2.0, 2.0, 3.0, 3.0], [4.0, 4.0, 5.0, 5.0]], [0.1, 0.2, 0.3], 0.5, 2),
]
