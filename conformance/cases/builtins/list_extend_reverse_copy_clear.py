# features: builtins.list_methods
# chapter: 7
# expect: ok
# description: extend, reverse, copy and clear (a copy is unaffected by clearing the original)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: List[int], b: List[int]) -> Tuple[List[int], List[int]]:
    a.extend(b)
    a.reverse()
    saved = a.copy()
    a.clear()
    return saved, a


INPUTS = [([1, 2], [3]), ([], [])]
