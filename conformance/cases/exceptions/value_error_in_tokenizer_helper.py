# features: exceptions.raise, calls.script_function
# chapter: 7
# expect: error
# phase: runtime
# description: a tokenizer helper raises ValueError for an unknown word; the caller does not catch it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def lookup(vocab: Dict[str, int], w: str) -> int:
    if w not in vocab:
        raise ValueError("unknown word: " + w)
    return vocab[w]


def fn(words: List[str]) -> List[int]:
    vocab: Dict[str, int] = {"a": 0, "b": 1}
    return [lookup(vocab, w) for w in words]


INPUTS = [(["a", "b", "a"],), (["a", "zebra"],)]
