# features: classes.attributes, errors.type
# chapter: 5
# expect: error
# phase: type
# description: assigning a str to an attribute initialised as float is rejected (wrong type for attribute assignment)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Accumulator:
    def __init__(self):
        self.total = 0.0

    def add(self, x: float):
        self.total += x

    def reset(self):
        self.total = "empty"


def fn(x: float) -> float:
    a = Accumulator()
    a.add(x)
    a.reset()
    return a.total


INPUTS = []
