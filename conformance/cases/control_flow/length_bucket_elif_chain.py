# features: control_flow.elif, control_flow.for
# chapter: 5
# expect: ok
# description: assigning sequence lengths to padding buckets with an if/elif chain, counting overflow and padding waste
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int]) -> Tuple[List[int], int, int]:
    padded: List[int] = []
    waste = 0
    overflow = 0
    for n in lengths:
        b = 0
        if n <= 0:
            continue
        elif n <= 16:
            b = 16
        elif n <= 64:
            b = ((n + 15) // 16) * 16
        elif n <= 256:
            b = 256 if n > 128 else 128
        else:
            overflow += 1
            b = 256
        padded.append(b)
        if n < b:
            waste += b - n
    return padded, waste, overflow


INPUTS = [([5, 16, 17, 63, 100, 200, 300, 0],)]
