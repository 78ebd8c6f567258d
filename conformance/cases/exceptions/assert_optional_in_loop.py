# features: exceptions.assert, types.optional, types.refinement
# chapter: 7
# expect: error
# phase: runtime
# description: assert refines each Optional[float] element of a list inside the loop and fails on a None
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[Optional[float]]) -> float:
    total = 0.0
    for x in xs:
        assert x is not None, "missing value"
        total += x
    return total


INPUTS = [([1.0, 2.5],), ([1.0, None, 3.0],)]
