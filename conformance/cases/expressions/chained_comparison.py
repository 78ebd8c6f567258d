# features: expr.compare, expr.bool_logic
# chapter: 5
# expect: ok
# description: a chained comparison 0 <= i < n (a bounds check) desugars to an `and`
import torch
from typing import List, Optional, Tuple


def fn(i: int, n: int) -> bool:
    return 0 <= i < n


INPUTS = [(0, 3), (3, 3), (-1, 3), (2, 3)]
