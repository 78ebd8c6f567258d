# features: expressions.subscript, types.tuple
# chapter: 5
# expect: ok
# description: constant indexing and slicing of a tuple (a box as (x1, y1, x2, y2))
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(box: Tuple[float, float, float, float]) -> Tuple[float, Tuple[float, float]]:
    w = box[2] - box[0]
    h = box[-1] - box[1]
    return w * h, box[2:]


INPUTS = [((0.0, 0.0, 2.0, 3.0),), ((1.0, 1.0, 1.0, 1.0),)]
