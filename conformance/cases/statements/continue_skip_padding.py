# features: statements.continue, statements.for_list
# chapter: 5
# expect: ok
# description: continue skips padding ids while summing token lengths
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], lengths: List[int], pad: int) -> int:
    total = 0
    for i in range(len(ids)):
        if ids[i] == pad:
            continue
        total += lengths[i]
    return total


INPUTS = [([0, 3, 0, 4], [1, 2, 3, 4], 0), ([], [], 0)]
