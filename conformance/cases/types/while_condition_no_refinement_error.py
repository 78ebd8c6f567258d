# features: types.optional, types.refinement, statements.while, errors.type
# chapter: 4
# expect: error
# phase: type
# description: `while cur is not None` does not refine a loop-carried Optional[int] inside the body (append sees Optional[int])
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(nxt: List[int], start: int) -> List[int]:
    path: List[int] = []
    cur: Optional[int] = start
    while cur is not None:
        path.append(cur)
        if nxt[cur] < 0:
            cur = None
        else:
            cur = nxt[cur]
    return path


INPUTS = []
