# features: errors.unsupported, control_flow.while
# chapter: 3
# expect: error
# phase: parse
# description: a while loop with an else clause is rejected; upstream 1.13 fails inside its own frontend with a TypeError (While() constructor), not a clean diagnostic
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    i = 0
    while i < n:
        i += 1
    else:
        i = -1
    return i


INPUTS = []
