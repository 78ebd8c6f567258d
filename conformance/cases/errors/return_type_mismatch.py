# features: errors.type, stmt.return
# chapter: 4
# expect: error
# phase: type
# description: returning a float from a function annotated to return int (a Tensor would be converted implicitly)
import torch
from typing import List, Optional, Tuple


def fn(x: float) -> int:
    return x * 2.0


INPUTS = []
