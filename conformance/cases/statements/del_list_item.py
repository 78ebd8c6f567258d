# features: statements.del, types.list
# chapter: 5
# expect: ok
# description: `del xs[i]` removes suppressed boxes from a candidate list (iterating from the back)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float], thresh: float) -> List[float]:
    i = len(scores) - 1
    while i >= 0:
        if scores[i] < thresh:
            del scores[i]
        i -= 1
    return scores


INPUTS = [([0.9, 0.1, 0.5, 0.05], 0.3), ([], 0.3)]
