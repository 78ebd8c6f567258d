# features: variable_resolution.comprehension_scope, expressions.list_comprehension
# chapter: 5
# expect: ok
# description: a comprehension variable with the same name as a local does not overwrite it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[int]) -> Tuple[List[int], int]:
    x = 100
    doubled = [x * 2 for x in xs]
    return doubled, x


INPUTS = [([1, 2, 3],)]
