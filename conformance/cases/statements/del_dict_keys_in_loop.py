# features: stmt.del.dict, builtins.dict.methods
# chapter: 5
# expect: ok
# description: rare words are removed from a vocabulary counter with `del counts[w]`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str], min_count: int) -> List[str]:
    counts: Dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    rare: List[str] = []
    for w, c in counts.items():
        if c < min_count:
            rare.append(w)
    for w in rare:
        del counts[w]
    return sorted(counts.keys())


INPUTS = [(["a", "b", "a", "c", "b", "a"], 2), (["x"], 1)]
