# features: types.dict, builtins.sorted
# chapter: 4
# expect: ok
# description: a Dict[float, int] histogram of rounded scores, keys returned sorted
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float]) -> List[float]:
    hist: Dict[float, int] = {}
    for s in scores:
        b = float(int(s * 10.0)) / 10.0
        hist[b] = hist.get(b, 0) + 1
    return sorted(list(hist.keys()))


INPUTS = [([0.11, 0.15, 0.52, 0.99],), ([],)]
