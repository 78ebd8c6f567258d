# features: expr.mod, expr.floordiv, expr.arith.float
# chapter: 5
# expect: ok
# description: float % and // with negative operands, as used to wrap angles into [0, 2pi)
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(angle: float) -> Tuple[float, float, float]:
    two_pi = 2.0 * math.pi
    wrapped = angle % two_pi
    turns = angle // two_pi
    return wrapped, turns, -7.5 % 2.0


INPUTS = [(7.0,), (-1.0,), (0.0,), (-12.5,)]
