# features: control_flow.for_range
# chapter: 5
# expect: ok
# description: range with negative start/stop and a negative step, and empty ranges
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: int) -> List[int]:
    out: List[int] = []
    for i in range(a, b):
        out.append(i)
    for i in range(b, a, -2):
        out.append(i * 10)
    for i in range(b, a):
        out.append(-999)
    return out


INPUTS = [(-3, 2), (0, 0), (-1, -5)]
