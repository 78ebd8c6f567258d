# features: statements.early_return, statements.for_list
# chapter: 5
# expect: ok
# description: returning from inside a for-in-list loop (index of the first box over an IoU threshold)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ious: List[float], thresh: float) -> int:
    i = 0
    for v in ious:
        if v > thresh:
            return i
        i += 1
    return -1


INPUTS = [([0.1, 0.6, 0.9], 0.5), ([0.1], 0.5)]
