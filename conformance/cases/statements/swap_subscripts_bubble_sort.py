# features: stmt.assign.subscript, stmt.unpack.tuple, control_flow.nested
# chapter: 5
# expect: ok
# description: bubble sort with `a[j], a[j + 1] = a[j + 1], a[j]` swaps and an early-exit flag
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: List[float]) -> List[float]:
    n = len(a)
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swapped = True
        if not swapped:
            break
    return a


INPUTS = [([3.0, 1.0, 2.0, -1.0],), ([1.0, 2.0],), ([],)]
