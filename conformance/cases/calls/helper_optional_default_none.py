# features: calls.default_arguments, types.optional
# chapter: 5
# expect: ok
# description: a helper with an Optional[int] parameter defaulting to None, called with and without it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def pad_to(ids: List[int], length: Optional[int] = None, pad: int = 0) -> List[int]:
    if length is None:
        return ids
    out = ids.copy()
    while len(out) < length:
        out.append(pad)
    return out


def fn(ids: List[int], n: int) -> Tuple[List[int], List[int], List[int]]:
    return pad_to(ids), pad_to(ids, n), pad_to(ids, length=n, pad=-1)


INPUTS = [([1, 2], 4), ([1, 2, 3], 1)]
