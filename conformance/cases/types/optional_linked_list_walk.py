# features: types.optional, types.refinement, statements.while
# chapter: 4
# expect: ok
# description: an Optional[int] cursor walking next-pointers (-1 ends), refined by an if inside the loop body
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(nxt: List[int], start: int) -> List[int]:
    path: List[int] = []
    cur: Optional[int] = start
    while cur is not None:
        c = cur
        if c is not None:
            path.append(c)
            cur = None if nxt[c] < 0 else nxt[c]
    return path


INPUTS = [([2, -1, 3, 1], 0), ([-1], 0)]
