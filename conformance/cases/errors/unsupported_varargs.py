# features: errors.unsupported
# chapter: 3
# expect: error
# phase: parse
# description: *args in a script function signature is not supported
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(*sizes: int) -> int:
    n = 1
    for s in sizes:
        n *= s
    return n


INPUTS = []
