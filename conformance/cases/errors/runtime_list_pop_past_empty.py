# features: errors.runtime, builtins.list.pop
# chapter: 7
# expect: error
# phase: runtime
# description: compiles, but popping more items than a stack holds raises at runtime
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(stack: List[int], n: int) -> int:
    top = 0
    for _ in range(n):
        top = stack.pop()
    return top


INPUTS = [([1, 2, 3], 2), ([1], 2)]
