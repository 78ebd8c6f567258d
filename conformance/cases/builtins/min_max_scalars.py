# features: builtins.min, builtins.max
# chapter: 7
# expect: ok
# description: min/max of ints, of floats and of mixed int/float (clamping a crop box)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int, lo: int, hi: int, f: float) -> Tuple[int, float, float]:
    return min(max(x, lo), hi), max(f, 0.0), min(x, f)


INPUTS = [(5, 0, 3, -1.5), (-2, 0, 3, 2.5)]
