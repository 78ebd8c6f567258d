# features: exceptions.raise, control_flow.nested
# chapter: 7
# expect: error
# phase: runtime
# description: a ValueError raised in the middle of a nested loop on a negative token id
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(batch: List[List[int]]) -> int:
    total = 0
    for row in batch:
        for t in row:
            if t < 0:
                raise ValueError("negative token id")
            total += t
    return total


INPUTS = [([[1, 2], [3]],), ([[1, 2], [3, -1, 4]],)]
