# features: expr.arith.int, expr.arith.float
# chapter: 4
# expect: ok
# description: / on two ints gives a float (aten::div.int), e.g. an average
import torch
from typing import List, Optional, Tuple


def fn(total: int, count: int) -> float:
    mean = total / count
    return mean


INPUTS = [(10, 4), (9, 3), (-1, 2)]
