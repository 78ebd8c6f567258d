# features: classes.attributes, errors.type
# chapter: 5
# expect: error
# phase: type
# description: a meter's update() assigns self.last, which __init__ never set: upstream rejects the nonexistent attribute
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Meter:
    def __init__(self):
        self.count = 0

    def update(self, n: int):
        self.count += n
        self.last = n


def fn(x: int) -> int:
    m = Meter()
    m.update(x)
    return m.count


INPUTS = []
