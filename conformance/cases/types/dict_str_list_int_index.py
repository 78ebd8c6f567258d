# features: types.dict, types.list, builtins.dict.methods, builtins.sorted
# chapter: 4
# expect: ok
# description: an inverted index Dict[str, List[int]] from words to positions, returned as sorted (word, positions) pairs
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> List[Tuple[str, List[int]]]:
    index: Dict[str, List[int]] = {}
    for i, w in enumerate(words):
        if w not in index:
            index[w] = [i]
        else:
            index[w].append(i)
    keys = sorted(index.keys())
    out: List[Tuple[str, List[int]]] = []
    for k in keys:
        out.append((k, index[k]))
    return out


INPUTS = [(["the", "cat", "the", "mat", "cat", "the"],), ([],)]
