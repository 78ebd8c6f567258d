# features: classes.methods, types.dict, control_flow.while
# chapter: 5
# expect: ok
# description: a byte-pair-encoding merger class applying the lowest-ranked merge repeatedly to a word's symbols
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class BPE:
    def __init__(self, merges: List[str]):
        self.ranks: Dict[str, int] = {}
        for i, m in enumerate(merges):
            self.ranks[m] = i

    def best_pair(self, syms: List[str]) -> int:
        best = -1
        best_rank = 1 << 30
        for i in range(len(syms) - 1):
            key = syms[i] + " " + syms[i + 1]
            r = self.ranks.get(key, 1 << 30)
            if r < best_rank:
                best_rank = r
                best = i
        return best

    def encode(self, word: str) -> List[str]:
        syms = [c for c in word]
        while len(syms) > 1:
            i = self.best_pair(syms)
            if i < 0:
                break
            syms = syms[:i] + [syms[i] + syms[i + 1]] + syms[i + 2:]
        return syms


def fn(words: List[str]) -> List[List[str]]:
    bpe = BPE(["l o", "lo w", "e r", "n e", "ne w", "new er"])
    return [bpe.encode(w) for w in words]


INPUTS = [(["lower", "newer", "low", "x"],)]
