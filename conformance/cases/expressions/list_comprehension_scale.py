# features: expressions.list_comprehension
# chapter: 5
# expect: ok
# description: a list comprehension over a shape list computing an upsampled size
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(shape: List[int], factor: int) -> List[int]:
    return [d * factor for d in shape]


INPUTS = [([2, 3, 4], 2), ([], 3)]
