# features: expr.call.min_max, expr.arith.int
# chapter: 5
# expect: ok
# description: min(max(...)) clamps window start/end indices around a center position
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(center: int, radius: int, length: int) -> Tuple[int, int]:
    start = max(0, center - radius)
    end = min(length, center + radius + 1)
    return start, end


INPUTS = [(0, 2, 10), (5, 2, 10), (9, 3, 10), (3, 100, 4)]
