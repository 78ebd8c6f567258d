# features: statements.for_unpack, statements.tuple_unpack
# chapter: 5
# expect: ok
# description: a for loop unpacking (x1, y1, x2, y2) tuples of boxes and (label, score) pairs with zip
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(boxes: List[Tuple[float, float, float, float]], labels: List[int], scores: List[float]) -> Tuple[List[float], List[Tuple[int, float]]]:
    areas: List[float] = []
    best: Dict[int, float] = {}
    for x1, y1, x2, y2 in boxes:
        areas.append((x2 - x1) * (y2 - y1))
    for (label, score), area in zip(zip(labels, scores), areas):
        weighted = score * area
        if label not in best or weighted > best[label]:
            best[label] = weighted
    return areas, list(best.items())


INPUTS = [([(0.0, 0.0, 2.0, 1.0), (1.0, 1.0, 4.0, 3.0), (0.0, 0.0, 1.0, 1.0)], [1, 2, 1], [0.5, 0.25, 0.9])]
