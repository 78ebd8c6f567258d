# features: statements.tuple_unpack, errors.type
# chapter: 5
# expect: error
# phase: type
# description: starred assignment targets (first, *rest = xs) from a list are rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    first, *rest = xs
    return first


INPUTS = []
