# features: builtins.list, types.str
# chapter: 7
# expect: ok
# description: list(s) splits a str into characters; list(xs) copies a list
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str, xs: List[int]) -> Tuple[List[str], List[int]]:
    chars = list(s)
    ys = list(xs)
    ys.append(0)
    return chars, xs


INPUTS = [("abc", [1]), ("", [])]
