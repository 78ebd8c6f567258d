# features: expressions.list_comprehension, errors.parse
# chapter: 5
# expect: error
# phase: parse
# description: upstream 1.13 rejects `if` filters inside list comprehensions
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> List[int]:
    return [x for x in xs if x > 0]


INPUTS = []
