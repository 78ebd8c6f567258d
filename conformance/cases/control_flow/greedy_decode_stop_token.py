# features: control_flow.for_range, stmt.break, types.list.nested
# chapter: 5
# expect: ok
# description: greedy decoding over per-step scores, stopping at the end-of-sequence token
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(step_scores: List[List[float]], eos: int, max_steps: int) -> List[int]:
    out: List[int] = []
    for s in range(min(max_steps, len(step_scores))):
        row = step_scores[s]
        best = 0
        for t in range(1, len(row)):
            if row[t] > row[best]:
                best = t
        out.append(best)
        if best == eos:
            break
    return out


INPUTS = [
    ([[0.1, 0.9, 0.0], [0.8, 0.1, 0.1], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]], 2, 10),
    ([[0.1, 0.9, 0.0], [0.8, 0.1, 0.1]], 2, 1),
]
