# features: types.optional, types.list
# chapter: 5
# expect: ok
# description: an Optional[List[int]] lengths argument defaulting to None, refined with `is not None` to build a padding mask
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def make_mask(batch: int, max_len: int, lengths: Optional[List[int]] = None) -> List[List[bool]]:
    mask: List[List[bool]] = []
    for b in range(batch):
        n = max_len
        if lengths is not None:
            n = min(lengths[b], max_len)
        mask.append([t < n for t in range(max_len)])
    return mask


def fn(lengths: List[int], max_len: int) -> Tuple[List[List[bool]], List[List[bool]]]:
    return make_mask(len(lengths), max_len, lengths), make_mask(1, max_len)


INPUTS = [([1, 3, 5], 4)]
