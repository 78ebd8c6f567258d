# features: expr.listcomp
# chapter: 5
# expect: ok
# description: a nested list comprehension builds a relative-position matrix
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> List[List[int]]:
    return [[j - i for j in range(n)] for i in range(n)]


INPUTS = [(3,), (0,), (1,)]
