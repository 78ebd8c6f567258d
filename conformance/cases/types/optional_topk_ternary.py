# features: types.optional, types.refinement, expressions.ternary
# chapter: 4
# expect: ok
# description: an Optional[int] top-k clamped to the candidate count, refined inside a ternary
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float], topk: Optional[int]) -> int:
    n = len(scores)
    k = topk if topk is not None else n
    return min(k, n)


INPUTS = [([0.5, 0.2, 0.9], 2), ([0.5, 0.2, 0.9], None), ([0.5], 10)]
