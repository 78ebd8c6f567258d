# features: variable_resolution.math, builtins.math
# chapter: 4
# expect: ok
# description: math.pi, math.e, math.inf and math.nan read through the math module
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(r: float) -> List[float]:
    return [math.pi * r * r, math.e ** r, -math.inf, float(math.isnan(math.nan)), math.tau]


INPUTS = [(1.0,), (0.5,)]
