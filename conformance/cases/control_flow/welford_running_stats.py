# features: control_flow.for_range, expr.arith.float
# chapter: 5
# expect: ok
# description: Welford's running mean and variance over a stream of floats
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float]) -> Tuple[int, float, float]:
    n = 0
    mean = 0.0
    m2 = 0.0
    for x in xs:
        n += 1
        delta = x - mean
        mean += delta / n
        m2 += delta * (x - mean)
    var = m2 / (n - 1) if n > 1 else 0.0
    return n, mean, var


INPUTS = [([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0],), ([1.5],), ([],)]
