# features: control_flow.nested, stmt.return.early
# chapter: 5
# expect: ok
# description: return from a while loop nested in a for loop (first row whose running sum exceeds a budget)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(rows: List[List[int]], budget: int) -> Tuple[int, int]:
    for r in range(len(rows)):
        acc = 0
        k = 0
        while k < len(rows[r]):
            acc += rows[r][k]
            if acc > budget:
                return r, k
            k += 1
    return -1, -1


INPUTS = [([[1, 2], [3, 4, 5], [9]], 6), ([[1]], 5)]
