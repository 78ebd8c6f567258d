# features: control_flow.nested, control_flow.while
# chapter: 5
# expect: ok
# description: a while loop nested in a for loop counts trailing zero bits of each value
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> List[int]:
    out: List[int] = []
    for x in xs:
        c = 0
        if x == 0:
            out.append(-1)
            continue
        while x % 2 == 0:
            x = x // 2
            c += 1
        out.append(c)
    return out


INPUTS = [([8, 12, 7, 0, 1024],)]
