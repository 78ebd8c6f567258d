# features: control_flow.for_range_step, control_flow.continue
# chapter: 5
# expect: ok
# description: range(start, stop, step) over sliding windows of a token list, skipping windows that start inside padding
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], window: int, stride: int, pad: int) -> List[List[int]]:
    out: List[List[int]] = []
    last_start = max(len(ids) - window, 0)
    for start in range(0, last_start + 1, stride):
        if ids[start] == pad:
            continue
        chunk = ids[start:start + window]
        while len(chunk) < window:
            chunk.append(pad)
        out.append(chunk)
    if last_start % stride != 0 and ids[last_start] != pad:
        out.append(ids[last_start:])
    return out


INPUTS = [([1, 2, 3, 4, 5, 6, 7, 0, 0], 4, 2, 0), ([1, 2], 4, 2, 0), ([9, 8, 7, 6, 5], 3, 3, 0)]
