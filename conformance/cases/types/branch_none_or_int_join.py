# features: types.optional, types.unify
# chapter: 4
# expect: ok
# description: a variable bound to None in one branch and an int in the other unifies to Optional[int] at the join
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(c: bool) -> int:
    if c:
        y = None
    else:
        y = 3
    if y is None:
        return 0
    return y


INPUTS = [(True,), (False,)]
