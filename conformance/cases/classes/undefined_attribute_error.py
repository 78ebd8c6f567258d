# features: classes.attributes, errors.type
# chapter: 5
# expect: error
# phase: type
# description: attributes must be assigned in __init__; one first set in another method is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Counter:
    def __init__(self):
        self.n = 0

    def reset(self):
        self.total = 0


def fn(x: int) -> int:
    c = Counter()
    c.reset()
    return c.n + x


INPUTS = []
