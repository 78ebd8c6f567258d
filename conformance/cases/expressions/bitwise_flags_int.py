# features: expressions.bitwise, expressions.shift
# chapter: 5
# expect: ok
# description: | , & and ^ on ints to set, test and toggle flag bits (negative ints included)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(flags: int, bit: int) -> Tuple[int, bool, int]:
    mask = 1 << bit
    return flags | mask, (flags & mask) != 0, flags ^ mask


INPUTS = [(0b1010, 1), (0b1010, 0), (-1, 3)]
