# features: control_flow.if_else, types.unify
# chapter: 5
# expect: ok
# description: an if/elif/else assigning three variables on every path (padding mode selection)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(mode: str, k: int) -> Tuple[int, int, bool]:
    if mode == "same":
        left = (k - 1) // 2
        right = k - 1 - left
        ok = True
    elif mode == "causal":
        left = k - 1
        right = 0
        ok = True
    else:
        left = 0
        right = 0
        ok = False
    return left, right, ok


INPUTS = [("same", 4), ("same", 3), ("causal", 5), ("valid", 3)]
