# features: types.list, types.bool, expr.listcomp
# chapter: 4
# expect: ok
# description: a List[bool] padding mask built by a comprehension over lengths
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int], max_len: int) -> List[List[bool]]:
    return [[j < n for j in range(max_len)] for n in lengths]


INPUTS = [([1, 3, 0], 3), ([], 2)]
