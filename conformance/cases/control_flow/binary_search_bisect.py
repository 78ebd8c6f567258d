# features: control_flow.while, expr.floordiv
# chapter: 5
# expect: ok
# description: bisect_left over sorted bucket boundaries with a while loop
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(bounds: List[float], x: float) -> int:
    lo = 0
    hi = len(bounds)
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


INPUTS = [([0.1, 0.5, 1.0, 2.0], 0.7), ([0.1, 0.5, 1.0, 2.0], 5.0), ([0.1, 0.5], -1.0), ([], 1.0)]
