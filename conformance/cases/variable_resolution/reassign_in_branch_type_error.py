# features: variable_resolution.reassignment, errors.type
# chapter: 5
# expect: error
# phase: type
# description: rebinding an int to a str inside one branch of an if does not unify at the join
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, flag: bool) -> int:
    if flag:
        n = str(n)
    return len(n)


INPUTS = []
