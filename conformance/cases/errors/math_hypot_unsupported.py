# features: errors.unsupported, builtins.math
# chapter: 4
# expect: error
# phase: type
# description: math.hypot is a Python builtin TorchScript does not support (math.sqrt of squares is the alternative)
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: float, y: float) -> float:
    return math.hypot(x, y)


INPUTS = []
