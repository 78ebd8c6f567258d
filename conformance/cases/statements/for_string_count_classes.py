# features: stmt.for.str, builtins.str.predicates
# chapter: 5
# expect: ok
# description: iterating a str character by character counts vowels, digits and spaces
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> List[int]:
    vowels = 0
    digits = 0
    spaces = 0
    for ch in s:
        if ch in "aeiouAEIOU":
            vowels += 1
        elif ch.isdigit():
            digits += 1
        elif ch == " ":
            spaces += 1
    return [vowels, digits, spaces]


INPUTS = [("Hello World 42",), ("",)]
