# features: calls.script_function, types.list, stmt.aug_assign
# chapter: 5
# expect: ok
# description: a helper that appends to its list argument mutates the caller's list (reference semantics)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def push_clipped(buf: List[int], x: int, hi: int) -> None:
    buf.append(min(x, hi))


def fn(xs: List[int], hi: int) -> List[int]:
    buf: List[int] = []
    for x in xs:
        push_clipped(buf, x, hi)
    return buf


INPUTS = [([1, 5, 9], 4), ([], 0)]
