# features: statements.aug_assign, types.dict
# chapter: 5
# expect: ok
# description: `d[k] += v` on a dict accumulating per-class losses
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(classes: List[int], losses: List[float]) -> List[float]:
    total: Dict[int, float] = {0: 0.0, 1: 0.0}
    for i in range(len(classes)):
        total[classes[i]] += losses[i]
    return [total[0], total[1]]


INPUTS = [([0, 1, 1], [0.5, 0.25, 1.0])]
