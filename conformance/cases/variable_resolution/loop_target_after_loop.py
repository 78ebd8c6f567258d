# features: variable_resolution.loop_scope, statements.for_range
# chapter: 5
# expect: error
# phase: type
# description: a for-loop target is not visible after the loop in TorchScript (unlike Python)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    for i in range(n):
        pass
    return i


INPUTS = []
