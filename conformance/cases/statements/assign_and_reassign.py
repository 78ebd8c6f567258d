# features: stmt.assign
# chapter: 5
# expect: ok
# description: plain assignments, reassignment of the same name and use of the latest value (SSA renaming)
import torch
from typing import List, Optional, Tuple


def fn(x: int) -> int:
    y = x + 1
    z = y * 2
    y = z - x
    z = y + z
    return z


INPUTS = [(1,), (10,)]
