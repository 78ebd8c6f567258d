# features: expressions.comparison, types.str
# chapter: 5
# expect: ok
# description: <, ==, != on strings (ordering two tokens)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: str, b: str) -> Tuple[bool, bool, bool, str]:
    first = a if a < b else b
    return a < b, a == b, a != b, first


INPUTS = [("apple", "banana"), ("b", "a"), ("x", "x")]
