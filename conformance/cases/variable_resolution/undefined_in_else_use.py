# features: variable_resolution.if_scope, errors.type
# chapter: 5
# expect: error
# phase: type
# description: a name assigned only in the if branch and used after the if is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int) -> int:
    if x > 0:
        y = x
    return y


INPUTS = []
