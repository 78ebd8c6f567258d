# features: types.annotate, types.list
# chapter: 4
# expect: ok
# description: torch.jit.annotate(List[int], []) gives an empty list of ints to collect kept indices
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(mask: List[bool]) -> List[int]:
    keep = torch.jit.annotate(List[int], [])
    for i in range(len(mask)):
        if mask[i]:
            keep.append(i)
    return keep


INPUTS = [([True, False, True, True],), ([],)]
