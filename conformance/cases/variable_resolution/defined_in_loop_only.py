# features: variable_resolution.loop_scope, errors.type
# chapter: 5
# expect: error
# phase: type
# description: a variable first assigned inside a while loop body is not defined after it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    i = 0
    while i < n:
        last = i * 2
        i += 1
    return last


INPUTS = []
