# features: statements.for_range, statements.assign
# chapter: 5
# expect: ok
# description: reassigning the loop variable inside the body does not change the iteration (as in Python)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
        i = 100
        total += i
    return total


INPUTS = [(3,), (0,)]
