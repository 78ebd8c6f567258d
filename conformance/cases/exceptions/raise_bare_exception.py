# features: exceptions.raise
# chapter: 7
# expect: error
# phase: runtime
# description: raising Exception() with no message (a degenerate length guard)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    if n == 0:
        raise Exception()
    return n


INPUTS = [(1,), (0,)]
