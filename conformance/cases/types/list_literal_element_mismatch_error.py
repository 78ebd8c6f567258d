# features: types.list, types.ann_assign, errors.type
# chapter: 4
# expect: error
# phase: type
# description: a List[int] annotation on a list literal of floats is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    xs: List[int] = [1.0, 2.0]
    return len(xs) + n


INPUTS = []
