# features: exceptions.raise, statements.for_list
# chapter: 7
# expect: error
# phase: runtime
# description: raising from inside a for loop when a token id is out of the vocabulary
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int], vocab: int) -> int:
    total = 0
    for t in ids:
        if t >= vocab:
            raise IndexError("token id out of range")
        total += t
    return total


INPUTS = [([1, 2, 3], 10), ([1, 20], 10)]
