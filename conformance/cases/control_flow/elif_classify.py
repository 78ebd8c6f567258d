# features: control_flow.if.elif, stmt.return.early
# chapter: 5
# expect: ok
# description: a classifier with returns in every branch of an if/elif/elif/else chain
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    if n < 0:
        return -1
    elif n == 0:
        return 0
    elif n < 10:
        return 1
    else:
        return 2


INPUTS = [(-5,), (0,), (7,), (42,)]
