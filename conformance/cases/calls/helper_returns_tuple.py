# features: calls.script_function, types.tuple, stmt.assign.tuple_unpack
# chapter: 5
# expect: ok
# description: a helper returns a tuple that the caller unpacks (integer division with remainder)
import torch
from typing import List, Optional, Tuple


def divmod_int(a: int, b: int) -> Tuple[int, int]:
    return a // b, a % b


def fn(seconds: int) -> Tuple[int, int, int]:
    minutes, s = divmod_int(seconds, 60)
    hours, m = divmod_int(minutes, 60)
    return hours, m, s


INPUTS = [(0,), (3725,), (86399,)]
