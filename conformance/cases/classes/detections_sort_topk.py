# features: classes.magic_methods, builtins.list_methods
# chapter: 5
# expect: ok
# description: Detection objects sorted in place with list.sort() via __lt__ (score, then label) and cut to the top k
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Detection:
    def __init__(self, label: int, score: float):
        self.label = label
        self.score = score

    def __lt__(self, other: "Detection") -> bool:
        if self.score == other.score:
            return self.label < other.label
        return self.score > other.score


def fn(labels: List[int], scores: List[float], k: int, min_score: float) -> Tuple[List[int], List[float]]:
    dets: List[Detection] = []
    for l, s in zip(labels, scores):
        if s >= min_score:
            dets.append(Detection(l, s))
    dets.sort()
    dets = dets[:k]
    return [d.label for d in dets], [d.score for d in dets]


INPUTS = [([3, 1, 2, 7, 5], [0.5, 0.9, 0.5, 0.05, 0.7], 3, 0.1), ([1], [0.01], 2, 0.1)]
