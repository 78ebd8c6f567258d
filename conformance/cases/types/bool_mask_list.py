# features: types.list, types.bool
# chapter: 4
# expect: ok
# description: a List[bool] keep-mask built from score comparisons
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float], thresh: float) -> List[bool]:
    keep: List[bool] = []
    for s in scores:
        keep.append(s >= thresh)
    return keep


INPUTS = [([0.1, 0.5, 0.9], 0.5), ([], 0.0)]
