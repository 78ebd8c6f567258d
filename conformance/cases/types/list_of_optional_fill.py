# features: types.optional, types.list, stmt.for.list
# chapter: 4
# expect: ok
# description: a List[Optional[int]] of token ids with holes, filled with the previous id or a default
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[Optional[int]], default: int) -> List[int]:
    out: List[int] = []
    prev = default
    for t in ids:
        if t is None:
            out.append(prev)
        else:
            out.append(t)
            prev = t
    return out


INPUTS = [([1, None, 3, None, None], 0), ([None, 7], -1), ([], 5)]
