# features: builtins.math
# chapter: 7
# expect: ok
# description: log-sum-exp over a list of floats computed with math.exp/math.log, and math.sqrt for a norm
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float]) -> Tuple[float, float]:
    m = max(xs)
    s = 0.0
    sq = 0.0
    for x in xs:
        s += math.exp(x - m)
        sq += x * x
    return m + math.log(s), math.sqrt(sq)


INPUTS = [([1.0, 2.0, 3.0],), ([-100.0, 0.0],)]
