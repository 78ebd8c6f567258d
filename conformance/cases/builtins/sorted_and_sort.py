# features: builtins.sorted, builtins.list_methods
# chapter: 7
# expect: ok
# description: sorted() returns a new list (the input is unchanged); list.sort(reverse=True) sorts in place
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float]) -> Tuple[List[float], List[float]]:
    asc = sorted(scores)
    desc = list(scores)
    desc.sort(reverse=True)
    return asc, desc


INPUTS = [([0.5, 0.1, 0.9, 0.5],), ([],)]
