# features: expressions.not, types.list, expressions.bool_conversion
# chapter: 5
# expect: ok
# description: `not xs` and `if xs` on a list test its length (aten::len > 0), as in Python
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[bool, int]:
    empty = not xs
    first = -1
    if xs:
        first = xs[0]
    return empty, first


INPUTS = [([],), ([4, 5],)]
