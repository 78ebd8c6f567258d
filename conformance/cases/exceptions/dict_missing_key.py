# features: exceptions.runtime, types.dict
# chapter: 7
# expect: error
# phase: runtime
# description: reading a missing dict key raises (a KeyError in Python)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(word: str) -> int:
    vocab = {"a": 0, "b": 1}
    return vocab[word]


INPUTS = [("a",), ("zzz",)]
