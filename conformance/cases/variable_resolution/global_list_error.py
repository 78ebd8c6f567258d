# features: variable_resolution.global_constant, errors.type
# chapter: 5
# expect: error
# phase: type
# description: a module-level list is not a constant; upstream rejects the mutable global
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


STOP_IDS = [0, 1, 2]


def fn(t: int) -> bool:
    return t in STOP_IDS


INPUTS = []
