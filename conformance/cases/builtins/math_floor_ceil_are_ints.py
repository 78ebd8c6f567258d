# features: builtins.math, types.int
# chapter: 7
# expect: ok
# description: math.floor/math.ceil return ints in TorchScript and feed integer shape arithmetic
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, ratio: float) -> Tuple[int, int, int]:
    lo = math.floor(n * ratio)
    hi = math.ceil(n * ratio)
    return lo, hi, hi - lo


INPUTS = [(10, 0.25), (7, 0.5), (3, -0.5)]
