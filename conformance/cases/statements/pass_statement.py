# features: stmt.pass, control_flow.if
# chapter: 5
# expect: ok
# description: pass as the body of an if branch and of a loop
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    result = n
    if n > 0:
        pass
    else:
        result = -n
    for i in range(n):
        pass
    return result


INPUTS = [(3,), (-2,), (0,)]
