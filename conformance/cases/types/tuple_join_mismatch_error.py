# features: types.tuple, types.unification, errors.type
# chapter: 4
# expect: error
# phase: type
# description: a tuple variable assigned (int, int) in one branch and (int, float) in the other does not unify
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(flag: bool) -> int:
    if flag:
        t = (1, 2)
    else:
        t = (1, 2.0)
    return t[0]


INPUTS = []
