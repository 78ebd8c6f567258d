# features: types.dict, types.optional, builtins.dict.get
# chapter: 4
# expect: ok
# description: dict.get without a default is an Optional[int], refined with `is None`
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(words: List[str]) -> List[int]:
    vocab: Dict[str, int] = {"a": 1, "b": 2}
    out: List[int] = []
    for w in words:
        idx = vocab.get(w)
        if idx is None:
            out.append(0)
        else:
            out.append(idx * 10)
    return out


INPUTS = [(["a", "z", "b"],), ([],)]
