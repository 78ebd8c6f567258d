# features: classes.namedtuple, types.tuple
# chapter: 5
# expect: ok
# description: returning a NamedTuple (decoder output with tokens and score); it compares as a tuple
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from typing import NamedTuple


class DecodeResult(NamedTuple):
    tokens: List[int]
    score: float


def fn(logits: torch.Tensor) -> DecodeResult:
    best = logits.argmax(-1)
    toks: List[int] = []
    for i in range(best.size(0)):
        toks.append(int(best[i]))
    return DecodeResult(toks, float(logits.max(-1)[0].sum()))


INPUTS = [(torch.tensor([[0.1, 0.9], [0.8, 0.2]]),)]
