# features: calls.script_function, types.float
# chapter: 5
# expect: ok
# description: ints converted with float() before being passed to a float parameter of a helper
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def ratio(a: float, b: float) -> float:
    return a / b if b != 0.0 else 0.0


def fn(hits: int, total: int) -> float:
    return ratio(float(hits), float(total))


INPUTS = [(3, 4), (1, 0)]
