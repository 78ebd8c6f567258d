# features: variable_resolution.comprehension, expr.listcomp
# chapter: 4
# expect: ok
# description: a comprehension target with the same name as an outer local does not change the outer value
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int) -> Tuple[int, List[int]]:
    ys = [x * 2 for x in range(3)]
    return x, ys


INPUTS = [(10,)]
