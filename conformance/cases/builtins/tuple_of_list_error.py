# features: builtins.tuple, errors.type
# chapter: 7
# expect: error
# phase: type
# description: tuple(xs) of a list is rejected (a tuple's length must be known statically)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[int, int]:
    t = tuple(xs)
    return t[0], t[1]


INPUTS = []
