# features: calls.script_function, expr.fstring, expr.format
# chapter: 5
# expect: ok
# description: helpers build strings with f-strings and .format and call each other
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fmt_shape(dims: List[int]) -> str:
    return "x".join([str(d) for d in dims])


def describe(name: str, dims: List[int]) -> str:
    return "{}: {}".format(name, fmt_shape(dims))


def fn(dims: List[int]) -> str:
    return f"<{describe('weight', dims)}>"


INPUTS = [([3, 64, 7, 7],), ([],)]
