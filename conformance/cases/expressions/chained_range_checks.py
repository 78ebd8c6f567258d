# features: expressions.chained_comparison
# chapter: 5
# expect: ok
# description: chained comparisons for bounds checks (0 <= i < n, lo < x <= hi, a == b == c)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(i: int, n: int, x: float) -> Tuple[bool, bool, bool]:
    return 0 <= i < n, -1.0 < x <= 1.0, i == n == 0


INPUTS = [(0, 3, 0.5), (3, 3, 1.0), (-1, 3, -1.0), (0, 0, 2.0)]
