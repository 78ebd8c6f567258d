# features: builtins.math, builtins.max
# chapter: 5
# expect: ok
# description: numerically stable log-sum-exp and softmax over a python list of logits with math.exp/math.log and max()
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
import math


def fn(logits: List[float], temperature: float) -> Tuple[float, List[float]]:
    scaled = [x / temperature for x in logits]
    m = max(scaled)
    s = 0.0
    for v in scaled:
        s += math.exp(v - m)
    lse = m + math.log(s)
    probs = [math.exp(x - m) / s for x in scaled]
    return lse, probs


INPUTS = [([1.0, 2.0, 3.0], 1.0), ([1000.0, 1000.0], 0.5)]
