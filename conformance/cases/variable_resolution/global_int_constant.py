# features: variable_resolution.global_constant, errors.type
# chapter: 5
# expect: error
# phase: type
# description: upstream does not capture module-level globals in script functions: a module-level int constant is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


MAX_LEN = 8


def fn(ids: List[int]) -> List[int]:
    if len(ids) > MAX_LEN:
        return ids[:MAX_LEN]
    return ids


INPUTS = []
