# features: exceptions.runtime, builtins.list_methods
# chapter: 7
# expect: error
# phase: runtime
# description: list.remove of a value that is not there raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int], v: int) -> List[int]:
    xs.remove(v)
    return xs


INPUTS = [([1, 2, 3], 2), ([1, 2, 3], 9)]
