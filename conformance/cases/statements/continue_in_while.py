# features: stmt.continue, control_flow.while
# chapter: 5
# expect: ok
# description: continue inside a while loop skips odd values while summing evens
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    i = 0
    total = 0
    while i < n:
        i += 1
        if i % 2 == 1:
            continue
        total += i
    return total


INPUTS = [(10,), (0,), (1,)]
