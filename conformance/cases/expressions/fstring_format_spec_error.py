# features: expressions.fstring, errors.type
# chapter: 5
# expect: error
# phase: type
# description: upstream 1.13 does not support format specs ({x:.2f}) in f-strings
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(loss: float) -> str:
    return f"loss={loss:.2f}"


INPUTS = []
