# features: calls.script_function, calls.default_args
# chapter: 5
# expect: ok
# description: a helper with default arguments, called with none, some and all of them
import torch
from typing import List, Optional, Tuple


def clamp_int(x: int, lo: int = 0, hi: int = 10) -> int:
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def fn(x: int) -> Tuple[int, int, int]:
    return clamp_int(x), clamp_int(x, -5), clamp_int(x, hi=3, lo=1)


INPUTS = [(-7,), (4,), (20,)]
