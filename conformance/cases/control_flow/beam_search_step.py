# features: control_flow.nested, types.list, stmt.for.range
# chapter: 5
# expect: ok
# description: one beam search step: expand each beam by every token's log-prob and keep the k best (score, beam, token) triples
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(beam_scores: List[float], log_probs: List[List[float]], k: int) -> List[Tuple[float, int, int]]:
    cands: List[Tuple[float, int, int]] = []
    for b in range(len(beam_scores)):
        for t in range(len(log_probs[b])):
            cands.append((beam_scores[b] + log_probs[b][t], b, t))
    out: List[Tuple[float, int, int]] = []
    used: List[bool] = [False for _ in range(len(cands))]
    for _ in range(min(k, len(cands))):
        best = -1
        for i in range(len(cands)):
            if not used[i] and (best < 0 or cands[i][0] > cands[best][0]):
                best = i
        used[best] = True
        out.append(cands[best])
    return out


INPUTS = [
    ([-0.5, -1.0], [[-0.1, -2.0, -3.0], [-0.05, -0.7, -4.0]], 3),
    ([0.0], [[-1.0, -0.5]], 5),
]
