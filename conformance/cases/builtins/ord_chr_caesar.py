# features: builtins.ord, builtins.chr
# chapter: 7
# expect: ok
# description: ord/chr for a Caesar shift over lowercase letters (others unchanged)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str, k: int) -> str:
    out = ""
    for ch in s:
        if "a" <= ch <= "z":
            out += chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
        else:
            out += ch
    return out


INPUTS = [("hello, world", 3), ("xyz", 27)]
