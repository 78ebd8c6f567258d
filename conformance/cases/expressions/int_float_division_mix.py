# features: expr.div, expr.floordiv, builtins.int
# chapter: 5
# expect: ok
# description: / on ints is a float, // with a float operand is a float, int() truncates toward zero
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: int) -> Tuple[float, float, int, int]:
    return a / b, a // float(b), int(a / b), a // b


INPUTS = [(7, 2), (-7, 2), (6, -4)]
