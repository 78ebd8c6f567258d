# features: classes.context_manager, errors.type
# chapter: 5
# expect: error
# phase: type
# description: a `with` on an object whose class defines __exit__ but not __enter__ is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Timer:
    def __init__(self):
        self.n = 0

    def __exit__(self, exc_type: Any, exc_value: Any, traceback: Any):
        self.n += 1


def fn(x: int) -> int:
    t = Timer()
    with t:
        x += 1
    return x + t.n


INPUTS = []
