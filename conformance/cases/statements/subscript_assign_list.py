# features: statements.subscript_assign, types.list
# chapter: 5
# expect: ok
# description: writing list elements by index (negative too) to clip a token sequence
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], vocab: int) -> List[int]:
    for i in range(len(ids)):
        if ids[i] >= vocab:
            ids[i] = vocab - 1
    if len(ids) > 0:
        ids[-1] = 1
    return ids


INPUTS = [([5, 120, 7], 100), ([], 10)]
