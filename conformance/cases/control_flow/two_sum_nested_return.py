# features: control_flow.nested, stmt.return.early
# chapter: 5
# expect: ok
# description: returning from inside two nested for loops (pair of indices with a given sum)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], target: int) -> Tuple[int, int]:
    for i in range(len(xs)):
        for j in range(i + 1, len(xs)):
            if xs[i] + xs[j] == target:
                return i, j
    return -1, -1


INPUTS = [([2, 7, 11, 15], 9), ([3, 2, 4], 6), ([1, 2], 10)]
