# features: statements.for_str, types.str
# chapter: 5
# expect: ok
# description: iterating a str character by character to count vowels and digits
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[int, int]:
    vowels = 0
    digits = 0
    for ch in s:
        if ch in "aeiou":
            vowels += 1
        elif ch.isdigit():
            digits += 1
    return vowels, digits


INPUTS = [("model2vec",), ("",)]
