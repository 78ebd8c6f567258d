# features: builtins.min, builtins.max, types.list
# chapter: 7
# expect: ok
# description: min(xs) and max(xs) of a List[int] of sequence lengths
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int]) -> Tuple[int, int]:
    return min(lengths), max(lengths)


INPUTS = [([3, 9, 1, 4],), ([7],)]
