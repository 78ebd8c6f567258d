# features: errors.arity, calls.script_function
# chapter: 4
# expect: error
# phase: type
# description: calling a three-parameter helper with two arguments (no defaults)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def clip(x: float, lo: float, hi: float) -> float:
    return min(max(x, lo), hi)


def fn(x: float) -> float:
    return clip(x, 0.0)


INPUTS = []
