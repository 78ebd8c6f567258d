# features: calls.script_function, calls.keyword_args
# chapter: 5
# expect: ok
# description: calling a helper with keyword arguments in a different order than declared
import torch
from typing import List, Optional, Tuple


def lerp(start: float, end: float, weight: float) -> float:
    return start + (end - start) * weight


def fn(a: float, b: float) -> Tuple[float, float]:
    return lerp(a, b, weight=0.25), lerp(weight=0.5, end=b, start=a)


INPUTS = [(0.0, 4.0), (-2.0, 2.0)]
