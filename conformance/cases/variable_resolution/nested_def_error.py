# features: variable_resolution.closures, errors.parse
# chapter: 5
# expect: error
# phase: parse
# description: nested function definitions (closures) are not supported
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int) -> int:
    def inner(y: int) -> int:
        return y + x
    return inner(1)


INPUTS = []
