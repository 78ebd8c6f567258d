# features: builtins.all_any, builtins.zip, builtins.isinstance
# chapter: 5
# expect: ok
# description: broadcast-compatibility check between two shapes using zip over reversed lists, all() and any()
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def broadcast_shape(a: List[int], b: List[int]) -> List[int]:
    out: List[int] = []
    ra = a[::-1]
    rb = b[::-1]
    for i in range(max(len(a), len(b))):
        da = ra[i] if i < len(ra) else 1
        db = rb[i] if i < len(rb) else 1
        out.append(max(da, db))
    out.reverse()
    return out


def fn(a: List[int], b: List[int]) -> Tuple[bool, bool, List[int]]:
    ok = all([x == y or x == 1 or y == 1 for x, y in zip(a[::-1], b[::-1])])
    has_empty = any([d == 0 for d in a + b])
    shape = broadcast_shape(a, b) if ok else torch.jit.annotate(List[int], [])
    return ok, has_empty, shape


INPUTS = [([8, 1, 6, 1], [7, 1, 5]), ([2, 3], [4, 3]), ([0, 3], [3])]
