# features: exceptions.runtime, types.dict
# chapter: 7
# expect: error
# phase: runtime
# description: indexing a Dict[str, int] vocabulary with a missing key raises a KeyError-like runtime error
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> int:
    vocab: Dict[str, int] = {"<unk>": 0, "cat": 5}
    total = 0
    for w in words:
        total += vocab[w]
    return total


INPUTS = [(["cat", "<unk>"],), (["dog"],)]
