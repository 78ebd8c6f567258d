# features: builtins.all, builtins.any, expr.listcomp
# chapter: 7
# expect: ok
# description: all()/any() over boolean list comprehensions validate a batch of lengths
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int], max_len: int) -> Tuple[bool, bool, bool]:
    fits = all([n <= max_len for n in lengths])
    has_empty = any([n == 0 for n in lengths])
    return fits, has_empty, all([True for _ in lengths]) and any([n > 1 for n in lengths])


INPUTS = [([3, 0, 5], 4), ([1, 2], 10), ([], 1)]
