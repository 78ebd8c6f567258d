# features: builtins.math
# chapter: 7
# expect: ok
# description: math.atan2, math.sqrt, math.cos and math.sin convert a vector to polar form and back
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: float, y: float) -> List[float]:
    r = math.sqrt(x * x + y * y)
    a = math.atan2(y, x)
    return [r, a, r * math.cos(a), r * math.sin(a), math.degrees(a)]


INPUTS = [(3.0, 4.0), (-1.0, 0.0), (0.0, -2.0)]
