# features: errors.syntax
# chapter: 3
# expect: error
# phase: parse
# description: try/except is valid Python but not part of TorchScript
import torch
from typing import List, Optional, Tuple


def fn(x: int) -> int:
    try:
        return 10 // x
    except ZeroDivisionError:
        return 0


INPUTS = []
