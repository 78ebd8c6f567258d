# features: expr.literal.str, expr.compare
# chapter: 2
# expect: ok
# description: single- and double-quoted string literals, string equality and concatenation
import torch
from typing import List, Optional, Tuple


def fn(mode: str) -> str:
    prefix = 'mode:'
    if mode == "train":
        return prefix + "training"
    return prefix + 'eval'


INPUTS = [("train",), ("eval",), ("other",)]
