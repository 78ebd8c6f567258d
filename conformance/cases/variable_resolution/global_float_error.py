# features: variable_resolution.global
# chapter: 4
# expect: error
# phase: type
# description: a module-level float (an epsilon) cannot be read by a script function
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


EPS = 1e-5


def fn(x: float) -> float:
    return x + EPS


INPUTS = []
