# features: errors.syntax
# chapter: 3
# expect: error
# phase: parse
# description: the global statement is not part of TorchScript
import torch
from typing import List, Optional, Tuple

counter = 0


def fn(x: int) -> int:
    global counter
    counter = x
    return x


INPUTS = []
