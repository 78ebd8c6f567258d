# features: statements.del, types.dict
# chapter: 5
# expect: ok
# description: `del d[k]` drops special tokens from a vocabulary before counting
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> int:
    vocab: Dict[str, int] = {}
    for w in words:
        vocab[w] = len(vocab)
    if "<pad>" in vocab:
        del vocab["<pad>"]
    return len(vocab)


INPUTS = [(["<pad>", "a", "b"],), (["a"],)]
