# features: classes.composition, classes.methods
# chapter: 5
# expect: ok
# description: a Beam class holding a list of Hypothesis objects and advancing them one step
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Hyp:
    def __init__(self, tokens: List[int], score: float):
        self.tokens = tokens
        self.score = score


class Beam:
    def __init__(self, size: int):
        self.size = size
        self.hyps: List[Hyp] = [Hyp([1], 0.0)]

    def step(self, token_scores: List[float]):
        nxt: List[Hyp] = []
        for h in self.hyps:
            for tok, s in enumerate(token_scores):
                nxt.append(Hyp(h.tokens + [tok], h.score + s))
        best: List[Hyp] = []
        while len(best) < self.size and len(nxt) > 0:
            bi = 0
            for i in range(len(nxt)):
                if nxt[i].score > nxt[bi].score:
                    bi = i
            best.append(nxt.pop(bi))
        self.hyps = best


def fn(steps: List[List[float]], size: int) -> List[List[int]]:
    beam = Beam(size)
    for s in steps:
        beam.step(s)
    return [h.tokens for h in beam.hyps]


INPUTS = [([[-0.1, -2.0, -0.5], [-1.0, -0.2, -3.0]], 2)]
