# features: errors.unify, expr.ternary
# chapter: 4
# expect: error
# phase: type
# description: a ternary whose branches are int and str cannot be unified
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(c: bool) -> int:
    x = 1 if c else "one"
    return 0


INPUTS = []
