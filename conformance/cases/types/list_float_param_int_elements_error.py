# features: types.list, errors.type
# chapter: 4
# expect: error
# phase: type
# description: appending an int to a List[float] is rejected (no implicit int-to-float for list elements)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> List[float]:
    xs: List[float] = []
    xs.append(n)
    return xs


INPUTS = []
