# features: builtins.zip
# chapter: 7
# expect: ok
# description: zip stops at the shorter list (tokens and labels of unequal length)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[str], labels: List[int]) -> List[str]:
    out: List[str] = []
    for t, l in zip(tokens, labels):
        out.append(t + "/" + str(l))
    return out


INPUTS = [(["a", "b", "c"], [1, 2]), (["a"], [1, 2, 3]), ([], [1])]
