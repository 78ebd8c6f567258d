# features: classes.magic_methods, types.dict
# chapter: 5
# expect: ok
# description: a Vocab class with __len__, __getitem__ and __contains__ used through len(), [] and `in`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Vocab:
    def __init__(self, tokens: List[str]):
        self.index: Dict[str, int] = {}
        for t in tokens:
            if t not in self.index:
                self.index[t] = len(self.index)

    def __len__(self) -> int:
        return len(self.index)

    def __getitem__(self, tok: str) -> int:
        return self.index.get(tok, 0)

    def __contains__(self, tok: str) -> bool:
        return tok in self.index


def fn(tokens: List[str], query: List[str]) -> Tuple[int, List[int], List[bool]]:
    v = Vocab(tokens)
    return len(v), [v[q] for q in query], [q in v for q in query]


INPUTS = [(["<unk>", "a", "b", "a"], ["b", "z"])]
