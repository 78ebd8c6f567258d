# features: variable_resolution.global_constant, errors.type, types.tuple
# chapter: 5
# expect: error
# phase: type
# description: upstream does not capture module-level globals in script functions: a module-level tuple of ints is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


MEAN = (123, 117, 104)


def fn(c: int) -> int:
    return MEAN[0] + MEAN[1] + MEAN[2] + c


INPUTS = []
