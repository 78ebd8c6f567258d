# features: calls.script_function, types.optional, types.refinement
# chapter: 5
# expect: ok
# description: a helper returns Optional[int] (index of a token or None); the caller refines it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def find(ids: List[int], tok: int) -> Optional[int]:
    for i, t in enumerate(ids):
        if t == tok:
            return i
    return None


def fn(ids: List[int], tok: int) -> int:
    pos = find(ids, tok)
    if pos is not None:
        return pos * 100
    return -1


INPUTS = [([4, 5, 6], 6), ([4], 1)]
