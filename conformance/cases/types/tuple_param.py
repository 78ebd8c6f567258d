# features: types.tuple, expr.subscript
# chapter: 4
# expect: ok
# description: a Tuple[int, float] parameter indexed with constant indices
import torch
from typing import List, Optional, Tuple


def fn(pair: Tuple[int, float]) -> float:
    count = pair[0]
    value = pair[1]
    return count * value


INPUTS = [((3, 0.5),), ((0, 2.0),)]
