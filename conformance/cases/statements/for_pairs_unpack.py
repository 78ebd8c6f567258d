# features: statements.for_list, statements.tuple_unpack
# chapter: 5
# expect: ok
# description: `for a, b in pairs` unpacks List[Tuple[int, int]] merges (a BPE-style merge table)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(pairs: List[Tuple[int, int]]) -> List[int]:
    merged: List[int] = []
    for a, b in pairs:
        merged.append(a * 1000 + b)
    return merged


INPUTS = [([(1, 2), (3, 4)],), ([],)]
