# features: statements.pass
# chapter: 5
# expect: ok
# description: `pass` as the body of an if inside a loop
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    s = 0
    for x in xs:
        if x < 0:
            pass
        else:
            s += x
    return s


INPUTS = [([1, -2, 3],)]
