# features: control_flow.for_range, control_flow.break, control_flow.nested
# chapter: 5
# expect: ok
# description: a small beam search over a fixed transition table: expand, keep top beams, stop early once every beam ended with EOS
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logp: List[List[float]], beam: int, max_len: int, eos: int) -> Tuple[List[List[int]], List[float], int]:
    seqs: List[List[int]] = [[0]]
    scores: List[float] = [0.0]
    steps = 0
    for t in range(max_len):
        cand_seqs: List[List[int]] = []
        cand_scores: List[float] = []
        for b in range(len(seqs)):
            last = seqs[b][-1]
            if last == eos:
                cand_seqs.append(seqs[b])
                cand_scores.append(scores[b])
                continue
            for tok in range(len(logp[last])):
                cand_seqs.append(seqs[b] + [tok])
                cand_scores.append(scores[b] + logp[last][tok])
        seqs = []
        scores = []
        used = [False] * len(cand_scores)
        for _ in range(min(beam, len(cand_scores))):
            bi = -1
            for i in range(len(cand_scores)):
                if not used[i] and (bi < 0 or cand_scores[i] > cand_scores[bi]):
                    bi = i
            used[bi] = True
            seqs.append(cand_seqs[bi])
            scores.append(cand_scores[bi])
        steps = t + 1
        done = True
        for s in seqs:
            if s[-1] != eos:
                done = False
                break
        if done:
            break
    return seqs, scores, steps


INPUTS = [
    ([[-2.0, -0.5, -1.0], [-1.5, -2.0, -0.2], [0.0, 0.0, 0.0]], 2, 5, 2),
    ([[-0.1, -3.0, -3.0], [-1.0, -1.0, -1.0], [0.0, 0.0, 0.0]], 1, 3, 2),
]
