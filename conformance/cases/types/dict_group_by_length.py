# features: types.dict, types.list
# chapter: 4
# expect: ok
# description: a Dict[int, List[str]] bucketing words by length (new buckets start as [w]), read back in key order
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> List[List[str]]:
    buckets: Dict[int, List[str]] = {}
    for w in words:
        n = len(w)
        if n not in buckets:
            buckets[n] = [w]
        else:
            buckets[n].append(w)
    out: List[List[str]] = []
    for n in sorted(buckets.keys()):
        out.append(buckets[n])
    return out


INPUTS = [(["a", "bb", "cc", "d", "eee"],), ([],)]
