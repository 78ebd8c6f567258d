# features: builtins.math
# chapter: 7
# expect: ok
# description: math.gcd to reduce an aspect ratio and compute a common multiple of two strides
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
import math


def fn(w: int, h: int) -> Tuple[int, int, int]:
    g = math.gcd(w, h)
    return w // g, h // g, w * h // g


INPUTS = [(1920, 1080), (7, 3), (0, 5)]
