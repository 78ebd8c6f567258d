# features: stmt.for.list, stmt.unpack.tuple, calls.script_function
# chapter: 5
# expect: ok
# description: a helper returns (start, end) spans; the loop unpacks each and sums the lengths
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def spans(ids: List[int], sep: int) -> List[Tuple[int, int]]:
    out: List[Tuple[int, int]] = []
    start = 0
    for i in range(len(ids)):
        if ids[i] == sep:
            out.append((start, i))
            start = i + 1
    out.append((start, len(ids)))
    return out


def fn(ids: List[int], sep: int) -> Tuple[int, int]:
    total = 0
    longest = 0
    for s, e in spans(ids, sep):
        total += e - s
        longest = max(longest, e - s)
    return total, longest


INPUTS = [([1, 2, 0, 3, 0, 4, 5, 6], 0), ([], 0)]
