# features: classes.namedtuple, calls.script_function
# chapter: 5
# expect: ok
# description: a helper returns a NamedTuple; the caller reads its fields by name (the class survives the call's schema)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from typing import NamedTuple


class SplitT(NamedTuple):
    head: int
    tail: float


def split_size(n: int, ratio: float) -> SplitT:
    head = int(n * ratio)
    return SplitT(head, float(n - head))


def fn(n: int, ratio: float) -> float:
    s = split_size(n, ratio)
    return float(s.head) + s.tail * 2.0
INPUTS = [(10, 0.3), (7, 0.5)]
