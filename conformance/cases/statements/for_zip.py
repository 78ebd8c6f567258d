# features: statements.for_zip, builtins.zip
# chapter: 5
# expect: ok
# description: zip over three lists (stops at the shortest) computing weighted errors
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(pred: List[float], target: List[float], weight: List[float]) -> float:
    total = 0.0
    for p, t, w in zip(pred, target, weight):
        total += w * abs(p - t)
    return total


INPUTS = [([1.0, 2.0, 3.0], [1.5, 2.0, 2.0], [1.0, 1.0]), ([], [], [])]
