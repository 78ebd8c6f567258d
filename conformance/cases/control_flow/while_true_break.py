# features: control_flow.while, stmt.break
# chapter: 5
# expect: ok
# description: `while True` with a break computes the number of halvings until a size fits
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(size: int, limit: int) -> Tuple[int, int]:
    steps = 0
    while True:
        if size <= limit:
            break
        size = (size + 1) // 2
        steps += 1
    return size, steps


INPUTS = [(1000, 64), (10, 64), (65, 64)]
