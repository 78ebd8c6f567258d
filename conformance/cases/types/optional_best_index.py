# features: types.optional, types.ann_assign, types.refinement
# chapter: 4
# expect: ok
# description: an Optional[int] running best index assigned in a loop, refined after it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float], threshold: float) -> int:
    best: Optional[int] = None
    for i in range(len(xs)):
        if xs[i] > threshold:
            if best is None or xs[i] > xs[best]:
                best = i
    if best is None:
        return -1
    return best


INPUTS = [([0.1, 0.9, 0.4, 0.95], 0.5), ([0.1, 0.2], 0.5)]
