# features: classes.composition, classes.magic_methods, classes.methods
# chapter: 5
# expect: ok
# description: a BeamHypotheses pool (as in HF generate) keeping the n best finished hypotheses, evicting the worst
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Hyp:
    def __init__(self, tokens: List[int], logprob: float):
        self.tokens = tokens
        self.logprob = logprob

    def score(self, length_penalty: float) -> float:
        return self.logprob / (float(len(self.tokens)) ** length_penalty)

    def __lt__(self, other: "Hyp") -> bool:
        return self.score(1.0) < other.score(1.0)


class BeamHypotheses:
    def __init__(self, num_beams: int, length_penalty: float):
        self.num_beams = num_beams
        self.length_penalty = length_penalty
        self.beams: List[Hyp] = []
        self.worst_score = 1e9

    def __len__(self) -> int:
        return len(self.beams)

    def add(self, tokens: List[int], logprob: float):
        h = Hyp(tokens, logprob)
        s = h.score(self.length_penalty)
        if len(self) < self.num_beams or s > self.worst_score:
            self.beams.append(h)
            if len(self) > self.num_beams:
                self.beams.sort()
                self.beams.pop(0)
                self.worst_score = self.beams[0].score(self.length_penalty)
            else:
                self.worst_score = min(s, self.worst_score)

    def is_done(self, best_sum_logprobs: float, cur_len: int) -> bool:
        if len(self) < self.num_beams:
            return False
        return self.worst_score >= best_sum_logprobs / (float(cur_len) ** self.length_penalty)


def fn(seqs: List[List[int]], logprobs: List[float], num_beams: int) -> Tuple[List[List[int]], float, bool]:
    pool = BeamHypotheses(num_beams, 1.0)
    for toks, lp in zip(seqs, logprobs):
        pool.add(toks, lp)
    pool.beams.sort()
    return [h.tokens for h in pool.beams], pool.worst_score, pool.is_done(-3.0, 3)


INPUTS = [
    ([[1, 2], [1, 3, 4], [5], [2, 2, 2, 2]], [-1.0, -1.2, -0.9, -2.0], 2),
    ([[7, 7, 7]], [-0.3], 3),
]
