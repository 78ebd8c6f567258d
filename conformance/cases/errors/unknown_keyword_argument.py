# features: errors.arity, calls.keyword_arguments
# chapter: 4
# expect: error
# phase: type
# description: passing a keyword argument the helper does not declare
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def pad(ids: List[int], length: int) -> List[int]:
    return ids + [0] * (length - len(ids))


def fn(ids: List[int]) -> List[int]:
    return pad(ids, length=4, value=1)


INPUTS = []
