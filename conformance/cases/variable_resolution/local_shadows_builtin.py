# features: variable_resolution.shadowing, builtins.max
# chapter: 5
# expect: ok
# description: a local assigned to the name `max` is a value; the builtin is still used elsewhere before it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    biggest = max(xs)
    max = biggest * 2
    return max


INPUTS = [([3, 7, 1],)]
