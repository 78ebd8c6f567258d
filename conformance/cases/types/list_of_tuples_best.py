# features: types.list, types.tuple, statements.for_list
# chapter: 4
# expect: ok
# description: a List[Tuple[int, float]] of (token, score) candidates reduced to the best one
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(cands: List[Tuple[int, float]]) -> Tuple[int, float]:
    best = (-1, -1e9)
    for c in cands:
        if c[1] > best[1]:
            best = c
    return best


INPUTS = [([(3, 0.1), (7, 0.7), (1, 0.5)],), ([],)]
