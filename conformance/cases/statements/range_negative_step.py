# features: statements.for_range, builtins.range
# chapter: 5
# expect: ok
# description: range(n - 1, -1, -1) walks a sequence backwards (a reverse cumulative sum)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float]) -> List[float]:
    out = [0.0] * len(xs)
    acc = 0.0
    for i in range(len(xs) - 1, -1, -1):
        acc += xs[i]
        out[i] = acc
    return out


INPUTS = [([1.0, 2.0, 3.0],), ([],)]
