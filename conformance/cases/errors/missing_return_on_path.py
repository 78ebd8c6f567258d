# features: errors.return_type, control_flow.if_else
# chapter: 4
# expect: error
# phase: type
# description: a function annotated `-> int` that falls off the end when the if is not taken
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int) -> int:
    if x > 0:
        return x


INPUTS = []
