# features: errors.type, types.tuple
# chapter: 4
# expect: error
# phase: type
# description: tuples are immutable: assigning to an element of a shape tuple is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(h: int, w: int) -> Tuple[int, int]:
    shape = (h, w)
    shape[0] = 1
    return shape


INPUTS = []
