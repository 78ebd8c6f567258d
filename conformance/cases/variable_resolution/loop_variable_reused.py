# features: variable_resolution.loop_scope, control_flow.for_range
# chapter: 4
# expect: ok
# description: the same loop target name in two consecutive loops, and a variable updated across both
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    for i in range(n, 0, -1):
        total -= i // 2
    return total


INPUTS = [(5,), (0,)]
