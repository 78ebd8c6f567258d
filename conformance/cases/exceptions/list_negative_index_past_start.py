# features: exceptions.runtime, types.list
# chapter: 7
# expect: error
# phase: runtime
# description: a negative list index beyond -len raises (xs[-4] of three elements)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float], back: int) -> float:
    return xs[-back]


INPUTS = [([1.0, 2.0, 3.0], 3), ([1.0, 2.0, 3.0], 4)]
