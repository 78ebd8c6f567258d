# features: statements.break, statements.for_list
# chapter: 5
# expect: ok
# description: break out of a for loop at the first eos token, returning the prefix length
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[int], eos: int) -> int:
    n = 0
    for t in tokens:
        if t == eos:
            break
        n += 1
    return n


INPUTS = [([4, 5, 2, 7], 2), ([4, 5], 2), ([], 2)]
