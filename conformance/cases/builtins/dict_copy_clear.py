# features: builtins.dict_methods
# chapter: 7
# expect: ok
# description: dict copy() is shallow and independent of clear() on the original
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> Tuple[int, int]:
    d: Dict[int, int] = {}
    for i in range(n):
        d[i] = i * i
    c = d.copy()
    d.clear()
    return len(d), len(c)


INPUTS = [(4,), (0,)]
