# features: exceptions.runtime, types.str
# chapter: 7
# expect: error
# phase: runtime
# description: indexing a str past its end raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str, i: int) -> str:
    return s[i]


INPUTS = [("abc", -1), ("abc", 3)]
