# features: errors.return_type, types.optional
# chapter: 4
# expect: error
# phase: type
# description: returning None on one path of a function annotated `-> int`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], t: int) -> int:
    for i in range(len(xs)):
        if xs[i] == t:
            return i
    return None


INPUTS = []
