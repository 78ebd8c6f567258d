# features: exceptions.runtime, builtins.list_methods
# chapter: 7
# expect: error
# phase: runtime
# description: popping from an empty list raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> int:
    return xs.pop()


INPUTS = [([1, 2],), ([],)]
