# features: types.annotate, types.dict, types.tuple
# chapter: 5
# expect: ok
# description: torch.jit.annotate for an empty Dict[int, List[Tuple[str, float]]] index of per-class (name, score) hits
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(classes: List[int], names: List[str], scores: List[float]) -> List[Tuple[int, List[Tuple[str, float]]]]:
    index = torch.jit.annotate(Dict[int, List[Tuple[str, float]]], {})
    for c, n, s in zip(classes, names, scores):
        if c not in index:
            index[c] = torch.jit.annotate(List[Tuple[str, float]], [])
        index[c].append((n, s))
    out: List[Tuple[int, List[Tuple[str, float]]]] = []
    for c in sorted(index.keys()):
        out.append((c, index[c]))
    return out


INPUTS = [([2, 1, 2], ["car", "person", "truck"], [0.9, 0.8, 0.4])]
