# features: builtins.sorted, builtins.dict_methods
# chapter: 5
# expect: ok
# description: building a vocabulary from word counts: sorted() over keys, min frequency filter, list(d.values()) and sum()
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str, min_freq: int) -> Tuple[List[str], int, int]:
    counts: Dict[str, int] = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    keep: List[str] = []
    for w in sorted(counts.keys()):
        if counts[w] >= min_freq:
            keep.append(w)
    total = sum(list(counts.values()))
    return ["<pad>", "<unk>"] + keep, total, len(counts)


INPUTS = [("b a c a b a d e e", 2), ("", 1)]
