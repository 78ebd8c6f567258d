# features: expressions.shift, statements.while
# chapter: 5
# expect: ok
# description: the next power of two with << and the number of bits with >>
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> Tuple[int, int]:
    p = 1
    while p < n:
        p = p << 1
    bits = 0
    m = n
    while m > 0:
        m = m >> 1
        bits += 1
    return p, bits


INPUTS = [(1,), (5,), (64,), (0,)]
