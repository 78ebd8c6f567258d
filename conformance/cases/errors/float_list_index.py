# features: errors.type, types.list
# chapter: 4
# expect: error
# phase: type
# description: indexing a list with a float is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], pos: float) -> int:
    return xs[pos]


INPUTS = []
