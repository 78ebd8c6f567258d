# features: variable_resolution.branches
# chapter: 4
# expect: ok
# description: a name first bound inside both branches of an if (not before it) is usable after the join
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> str:
    if n % 2 == 0:
        label = "even"
        scale = n // 2
    else:
        label = "odd"
        scale = n * 3 + 1
    return label + ":" + str(scale)


INPUTS = [(4,), (7,)]
