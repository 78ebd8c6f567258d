# features: classes.methods, classes.magic_methods, types.dict
# chapter: 5
# expect: ok
# description: a Vocab with stoi/itos built by add_token, encode/decode methods calling each other and an <unk> fallback
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Vocab:
    def __init__(self, specials: List[str]):
        self.stoi: Dict[str, int] = {}
        self.itos: List[str] = []
        for s in specials:
            self.add_token(s)
        self.unk_index = self.stoi["<unk>"]

    def add_token(self, tok: str) -> int:
        if tok in self.stoi:
            return self.stoi[tok]
        idx = len(self.itos)
        self.stoi[tok] = idx
        self.itos.append(tok)
        return idx

    def lookup(self, tok: str) -> int:
        return self.stoi.get(tok, self.unk_index)

    def encode(self, text: str) -> List[int]:
        return [self.lookup(t) for t in text.split()]

    def decode(self, ids: List[int]) -> str:
        return " ".join([self.itos[i] for i in ids])

    def __len__(self) -> int:
        return len(self.itos)


def fn(corpus: List[str], query: str) -> Tuple[int, List[int], str]:
    v = Vocab(["<pad>", "<unk>"])
    for line in corpus:
        for w in line.split():
            v.add_token(w)
    ids = v.encode(query)
    return len(v), ids, v.decode(ids)


INPUTS = [(["the cat sat", "the dog ran"], "the bird sat"), ([], "x y")]
