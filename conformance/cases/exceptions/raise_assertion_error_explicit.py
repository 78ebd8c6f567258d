# features: exceptions.raise
# chapter: 7
# expect: error
# phase: runtime
# description: an explicit `raise AssertionError(...)` on an invalid stride
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(stride: int) -> int:
    if stride <= 0:
        raise AssertionError("stride must be positive")
    return 64 // stride


INPUTS = [(2,), (0,)]
