# features: classes.composition, builtins.str_methods
# chapter: 5
# expect: ok
# description: a WordPiece-style tokenizer object holding a vocabulary object and splitting unknown words greedily
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Vocab:
    def __init__(self, words: List[str]):
        self.ids: Dict[str, int] = {}
        for w in words:
            self.ids[w] = len(self.ids)

    def __contains__(self, w: str) -> bool:
        return w in self.ids

    def __getitem__(self, w: str) -> int:
        return self.ids[w]


class WordPiece:
    def __init__(self, vocab: Vocab, unk: int, max_chars: int):
        self.vocab = vocab
        self.unk = unk
        self.max_chars = max_chars

    def split_word(self, word: str) -> List[int]:
        if len(word) > self.max_chars:
            return [self.unk]
        out: List[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            found = -1
            while start < end:
                piece = word[start:end]
                if start > 0:
                    piece = "##" + piece
                if piece in self.vocab:
                    found = self.vocab[piece]
                    break
                end -= 1
            if found < 0:
                return [self.unk]
            out.append(found)
            start = end
        return out

    def tokenize(self, text: str) -> List[int]:
        ids: List[int] = []
        for w in text.lower().split():
            ids.extend(self.split_word(w))
        return ids


def fn(text: str) -> List[int]:
    vocab = Vocab(["[UNK]", "un", "##aff", "##able", "run", "##ning", "the"])
    tok = WordPiece(vocab, 0, 10)
    return tok.tokenize(text)


INPUTS = [("The unaffable running",), ("xyz supercalifragilistic",)]
