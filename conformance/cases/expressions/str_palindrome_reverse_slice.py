# features: expr.slice.str, expr.compare.str
# chapter: 5
# expect: ok
# description: s[::-1] reverses a string; used for a palindrome test after lowering
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[bool, str]:
    t = s.lower()
    return t == t[::-1], t[::-1]


INPUTS = [("Level",), ("abc",), ("",)]
