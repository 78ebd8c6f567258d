# features: classes.magic_methods, builtins.sorted
# chapter: 5
# expect: ok
# description: beam hypotheses ordered by a __lt__ on their length-normalised score, kept best-first
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Hypothesis:
    def __init__(self, tokens: List[int], logprob: float):
        self.tokens = tokens
        self.logprob = logprob

    def score(self) -> float:
        return self.logprob / float(max(len(self.tokens), 1))

    def __lt__(self, other: "Hypothesis") -> bool:
        return self.score() < other.score()


def fn(lens: List[int], logprobs: List[float], beam: int) -> List[float]:
    hyps: List[Hypothesis] = []
    for n, lp in zip(lens, logprobs):
        hyps.append(Hypothesis([0] * n, lp))
    hyps.sort()
    hyps.reverse()
    return [h.score() for h in hyps[:beam]]


INPUTS = [([2, 4, 1], [-1.0, -1.2, -0.9], 2)]
