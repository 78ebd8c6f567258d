# features: stmt.for.zip, stmt.unpack.tuple
# chapter: 5
# expect: ok
# description: zip over three lists computes a weighted score per item
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: List[float], b: List[float], w: List[float]) -> List[float]:
    out: List[float] = []
    for x, y, k in zip(a, b, w):
        out.append(k * x + (1.0 - k) * y)
    return out


INPUTS = [([1.0, 2.0, 3.0], [0.0, 0.0, 1.0], [0.5, 1.0, 0.0]), ([1.0], [2.0, 3.0], [0.25, 0.5])]
