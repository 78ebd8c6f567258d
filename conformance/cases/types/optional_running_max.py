# features: types.optional, types.refinement, expr.ternary
# chapter: 4
# expect: ok
# description: a running maximum kept as Optional[float] and updated with a refining ternary
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float]) -> float:
    best: Optional[float] = None
    for x in xs:
        best = x if best is None else max(best, x)
    if best is None:
        return float("-inf")
    return best


INPUTS = [([0.5, -1.0, 2.5, 2.0],), ([],)]
