# features: statements.for_dict, types.dict
# chapter: 5
# expect: ok
# description: summing a dict's values() (a total of per-layer parameter counts)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(sizes: List[int]) -> int:
    params: Dict[str, int] = {}
    for i in range(len(sizes)):
        params["layer" + str(i)] = sizes[i] * sizes[i]
    total = 0
    for v in params.values():
        total += v
    return total


INPUTS = [([2, 3, 4],), ([],)]
