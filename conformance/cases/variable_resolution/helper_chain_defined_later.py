# features: variable_resolution.helpers, calls.script_function
# chapter: 4
# expect: ok
# description: fn calls a helper that calls another helper, both defined after fn in the file
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int) -> int:
    return outer(x) + 1


def outer(x: int) -> int:
    return inner(x) * 2


def inner(x: int) -> int:
    return x - 3


INPUTS = [(10,), (-1,)]
