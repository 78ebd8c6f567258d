# features: stmt.assign.chained, types.list
# chapter: 5
# expect: ok
# description: `a = b = [0]` binds both names to the same list, so an append through one is seen through the other
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> Tuple[int, int]:
    a = b = [0]
    for i in range(n):
        a.append(i)
    return len(a), len(b)


INPUTS = [(3,), (0,)]
