# features: calls.script_function, control_flow.while
# chapter: 5
# expect: ok
# description: a helper predicate used as a while-loop condition
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def too_long(ids: List[int], limit: int) -> bool:
    return len(ids) > limit


def fn(ids: List[int], limit: int) -> List[int]:
    while too_long(ids, limit):
        ids.pop()
    return ids


INPUTS = [([1, 2, 3, 4, 5], 2), ([1], 3)]
