# features: expressions.in, types.list
# chapter: 5
# expect: ok
# description: `in` / `not in` on a List[int] of stop tokens, truncating a generated sequence
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[int], stop: List[int]) -> List[int]:
    out: List[int] = []
    for t in tokens:
        if t in stop:
            break
        if t not in out:
            out.append(t)
    return out


INPUTS = [([5, 7, 5, 2, 9], [2, 3]), ([1, 1], []), ([], [0])]
