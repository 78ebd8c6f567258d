# features: statements.break, statements.continue, statements.while
# chapter: 5
# expect: ok
# description: a while loop with both continue and break (scan until a budget is exhausted)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(costs: List[int], budget: int) -> int:
    i = 0
    taken = 0
    while i < len(costs):
        c = costs[i]
        i += 1
        if c < 0:
            continue
        if c > budget:
            break
        budget -= c
        taken += 1
    return taken


INPUTS = [([1, -1, 2, 10, 1], 5), ([], 3)]
