# features: stmt.aug_assign, types.str
# chapter: 5
# expect: ok
# description: s += ... builds a string incrementally, with a separator between items
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(parts: List[str], sep: str) -> str:
    s = ""
    for i, p in enumerate(parts):
        if i > 0:
            s += sep
        s += p
    return s


INPUTS = [(["a", "b", "c"], ", "), ([], "-")]
