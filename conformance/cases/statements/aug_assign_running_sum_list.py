# features: stmt.aug_assign.subscript, stmt.for.range
# chapter: 5
# expect: ok
# description: prefix sums computed in place with xs[i] += xs[i - 1]
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> List[int]:
    for i in range(1, len(xs)):
        xs[i] += xs[i - 1]
    return xs


INPUTS = [([1, 2, 3, 4],), ([5],), ([],)]
