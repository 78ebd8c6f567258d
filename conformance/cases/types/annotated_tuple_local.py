# features: types.ann_assign, types.tuple
# chapter: 4
# expect: ok
# description: an annotated Tuple[int, str] local, rebound in a loop, returned
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(names: List[str]) -> Tuple[int, str]:
    best: Tuple[int, str] = (0, "")
    for n in names:
        if len(n) > best[0]:
            best = (len(n), n)
    return best


INPUTS = [(["ab", "abcd", "abc"],), ([],)]
