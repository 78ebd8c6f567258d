# features: errors.type, types.str
# chapter: 4
# expect: error
# phase: type
# description: strings are immutable: s[0] = "X" is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> str:
    s[0] = "X"
    return s


INPUTS = []
