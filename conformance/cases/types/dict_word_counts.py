# features: types.dict, builtins.sorted, statements.for_list
# chapter: 4
# expect: ok
# description: a Dict[str, int] vocabulary count (dict.get with a default), returned as sorted (word, count) pairs
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> List[Tuple[str, int]]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    out: List[Tuple[str, int]] = []
    for k in sorted(counts.keys()):
        out.append((k, counts[k]))
    return out


INPUTS = [(["the", "cat", "sat", "on", "the", "mat"],), ([],), (["a"],)]
