# features: errors.type, expr.add.str
# chapter: 4
# expect: error
# phase: type
# description: "step " + n with an int operand is a type error (no implicit str conversion)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> str:
    return "step " + n


INPUTS = []
