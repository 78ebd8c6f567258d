# features: statements.for_list
# chapter: 5
# expect: ok
# description: iterating a List[float] directly to compute an exponential moving average
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float], momentum: float) -> float:
    avg = 0.0
    for x in xs:
        avg = momentum * avg + (1.0 - momentum) * x
    return avg


INPUTS = [([1.0, 2.0, 3.0], 0.9), ([], 0.5)]
