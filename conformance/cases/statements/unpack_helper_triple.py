# features: stmt.unpack.tuple, calls.tuple_return
# chapter: 5
# expect: ok
# description: a helper returning (mean, min, max) is unpacked into three names
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def stats(xs: List[float]) -> Tuple[float, float, float]:
    lo = xs[0]
    hi = xs[0]
    total = 0.0
    for x in xs:
        lo = min(lo, x)
        hi = max(hi, x)
        total += x
    return total / len(xs), lo, hi


def fn(xs: List[float]) -> float:
    mean, lo, hi = stats(xs)
    return (mean - lo) / (hi - lo + 1e-6)


INPUTS = [([1.0, 2.0, 6.0],), ([3.0],)]
