# features: types.any, types.isinstance_refinement, calls.helper
# chapter: 4
# expect: ok
# description: a helper taking Any refines it with isinstance to describe values of several types
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def describe(x: Any) -> str:
    if isinstance(x, int):
        return "int"
    if isinstance(x, str):
        return "str:" + x
    if isinstance(x, List[int]):
        return "list of " + str(len(x))
    return "other"


def fn(n: int, name: str) -> List[str]:
    return [describe(n), describe(name), describe([n, n]), describe(1.5)]


INPUTS = [(3, "relu"), (0, "")]
