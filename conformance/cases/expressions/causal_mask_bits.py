# features: expr.compare, expr.bool, expr.listcomp
# chapter: 5
# expect: ok
# description: a causal-and-window attention pattern as nested comprehensions of boolean expressions
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, window: int) -> List[List[bool]]:
    return [[j <= i and i - j < window for j in range(n)] for i in range(n)]


INPUTS = [(4, 2), (3, 10)]
