# features: stmt.for.enumerate, stmt.unpack.nested
# chapter: 5
# expect: ok
# description: `for i, (lo, hi) in enumerate(ranges)` with a nested tuple target
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ranges: List[Tuple[int, int]], x: int) -> int:
    for i, (lo, hi) in enumerate(ranges):
        if lo <= x < hi:
            return i
    return -1


INPUTS = [([(0, 10), (10, 20), (20, 30)], 15), ([(0, 10)], 10)]
