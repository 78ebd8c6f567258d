# features: expressions.floordiv, expressions.mod, types.float
# chapter: 5
# expect: ok
# description: float // and % follow Python's floor rules (sign of the divisor) for angle wrapping
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(angle: float, period: float) -> Tuple[float, float]:
    return angle // period, angle % period


INPUTS = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.0, 3.0)]
