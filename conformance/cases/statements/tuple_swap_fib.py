# features: statements.tuple_unpack
# chapter: 5
# expect: ok
# description: `a, b = b, a + b` evaluates the right side before assigning
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


INPUTS = [(0,), (1,), (10,)]
