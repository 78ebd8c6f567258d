# features: expr.compare, types.list, types.tuple
# chapter: 5
# expect: ok
# description: == and != on lists of ints and on tuples (shape comparisons)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: List[int], b: List[int]) -> List[bool]:
    ta = (a[0], a[-1])
    tb = (b[0], b[-1])
    return [a == b, a != b, ta == tb, a[:2] == b[:2]]


INPUTS = [([1, 2, 3], [1, 2, 3]), ([1, 2, 3], [1, 5, 3]), ([4, 2], [4, 2, 9])]
