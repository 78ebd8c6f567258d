# features: types.annotate, types.list, types.tuple
# chapter: 4
# expect: ok
# description: torch.jit.annotate(List[Tuple[int, float]], []) collects (index, score) pairs above a threshold
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: List[float], thr: float) -> List[Tuple[int, float]]:
    hits = torch.jit.annotate(List[Tuple[int, float]], [])
    for i in range(len(scores)):
        if scores[i] >= thr:
            hits.append((i, scores[i]))
    return hits


INPUTS = [([0.2, 0.8, 0.5, 0.9], 0.5), ([0.1], 0.5)]
