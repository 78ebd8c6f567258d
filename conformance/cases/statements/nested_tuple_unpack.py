# features: statements.tuple_unpack, types.tuple
# chapter: 5
# expect: ok
# description: nested tuple unpacking of ((h, w), channels)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(spec: Tuple[Tuple[int, int], int]) -> int:
    (h, w), c = spec
    return h * w * c


INPUTS = [(((2, 3), 4),)]
