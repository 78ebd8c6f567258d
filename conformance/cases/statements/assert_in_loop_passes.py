# features: stmt.assert, stmt.for.list
# chapter: 5
# expect: ok
# description: assert inside a loop checks every length is positive before computing an average
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int]) -> float:
    total = 0
    for n in lengths:
        assert n > 0, "lengths must be positive"
        total += n
    return total / max(len(lengths), 1)


INPUTS = [([3, 4, 5],), ([],)]
