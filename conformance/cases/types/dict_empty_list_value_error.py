# features: types.dict, types.default_empty_list, errors.type
# chapter: 4
# expect: error
# phase: type
# description: storing an unannotated [] (List[Tensor]) into a Dict[int, List[str]] is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> int:
    buckets: Dict[int, List[str]] = {}
    for w in words:
        if len(w) not in buckets:
            buckets[len(w)] = []
        buckets[len(w)].append(w)
    return len(buckets)


INPUTS = []
