# features: control_flow.nested, stmt.continue, types.list.nested
# chapter: 5
# expect: ok
# description: greedy non-maximum suppression over boxes given as [x1, y1, x2, y2] float lists
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def iou(a: List[float], b: List[float]) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    area_a = (a[2] - a[0]) * (a[3] - a[1])
    area_b = (b[2] - b[0]) * (b[3] - b[1])
    return inter / (area_a + area_b - inter)


def fn(boxes: List[List[float]], scores: List[float], thr: float) -> List[int]:
    order: List[int] = []
    remaining = [i for i in range(len(scores))]
    while len(remaining) > 0:
        best_pos = 0
        for p in range(1, len(remaining)):
            if scores[remaining[p]] > scores[remaining[best_pos]]:
                best_pos = p
        order.append(remaining.pop(best_pos))
    keep: List[int] = []
    for i in order:
        suppressed = False
        for j in keep:
            if iou(boxes[i], boxes[j]) > thr:
                suppressed = True
                break
        if suppressed:
            continue
        keep.append(i)
    return keep


INPUTS = [
    ([[0.0, 0.0, 10.0, 10.0], [1.0, 1.0, 11.0, 11.0], [20.0, 20.0, 30.0, 30.0], [0.0, 0.0, 9.0, 9.0]], [0.9, 0.95, 0.5, 0.3], 0.5),
    ([], [], 0.5),
]
