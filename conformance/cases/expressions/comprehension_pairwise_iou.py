# features: expressions.list_comprehension, expressions.nested_comprehension
# chapter: 5
# expect: ok
# description: nested list comprehensions computing a pairwise IoU matrix of boxes given as lists
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def area(b: List[float]) -> float:
    return (b[2] - b[0]) * (b[3] - b[1])


def inter(a: List[float], b: List[float]) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def fn(a: List[List[float]], b: List[List[float]]) -> List[List[float]]:
    return [[inter(p, q) / (area(p) + area(q) - inter(p, q)) for q in b] for p in a]


INPUTS = [([[0.0, 0.0, 2.0, 2.0], [1.0, 1.0, 3.0, 3.0]], [[0.0, 0.0, 2.0, 2.0], [2.0, 2.0, 4.0, 4.0], [0.0, 0.0, 1.0, 4.0]])]
