# features: expr.bool.not, expr.truthiness
# chapter: 5
# expect: ok
# description: `not` on empty and non-empty lists and strings
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], s: str) -> List[bool]:
    return [not xs, not s, not (xs and s == "x")]


INPUTS = [([], ""), ([1], "x"), ([1, 2], "y")]
