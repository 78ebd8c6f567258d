# features: builtins.range
# chapter: 7
# expect: ok
# description: range(start, stop, step) windows over a sequence (sliding window starts with a stride)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, window: int, stride: int) -> List[int]:
    starts: List[int] = []
    for s in range(0, n - window + 1, stride):
        starts.append(s)
    return starts


INPUTS = [(10, 4, 3), (3, 4, 1), (5, 1, 2)]
