# features: control_flow.while
# chapter: 5
# expect: ok
# description: Euclid's algorithm with a while loop carrying two variables
import torch
from typing import List, Optional, Tuple


def fn(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


INPUTS = [(48, 18), (17, 5), (0, 9), (9, 0)]
