# features: statements.assign
# chapter: 5
# expect: ok
# description: a = b = value assigns both targets (initialising two counters)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> Tuple[int, int]:
    hits = misses = 0
    for i in range(n):
        if i % 3 == 0:
            hits += 1
        else:
            misses += 1
    return hits, misses


INPUTS = [(7,), (0,)]
