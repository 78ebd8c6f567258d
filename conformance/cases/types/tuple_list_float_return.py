# features: types.tuple, types.list, types.float
# chapter: 4
# expect: ok
# description: returns Tuple[List[int], float]: the kept token ids and the fraction dropped
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], pad: int) -> Tuple[List[int], float]:
    kept: List[int] = []
    for t in ids:
        if t != pad:
            kept.append(t)
    if len(ids) == 0:
        return kept, 0.0
    return kept, (len(ids) - len(kept)) / len(ids)


INPUTS = [([4, 0, 5, 0, 0, 9], 0), ([], 0), ([1, 2], 3)]
