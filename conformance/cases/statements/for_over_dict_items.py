# features: statements.for_dict, statements.tuple_unpack
# chapter: 5
# expect: ok
# description: `for k, v in d.items()` picking the class with the highest score
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(names: List[str], scores: List[float]) -> str:
    d: Dict[str, float] = {}
    for i in range(len(names)):
        d[names[i]] = scores[i]
    best = ""
    best_score = -1.0
    for k, v in d.items():
        if v > best_score:
            best = k
            best_score = v
    return best


INPUTS = [(["cat", "dog", "bird"], [0.2, 0.7, 0.1]), ([], [])]
