# features: builtins.dict.get, types.dict
# chapter: 7
# expect: ok
# description: character bigram counts with dict.get(k, 0), returned as sorted (bigram, count) pairs
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> List[Tuple[str, int]]:
    counts: Dict[str, int] = {}
    for i in range(len(s) - 1):
        bg = s[i:i + 2]
        counts[bg] = counts.get(bg, 0) + 1
    out: List[Tuple[str, int]] = []
    for k in sorted(counts.keys()):
        out.append((k, counts[k]))
    return out


INPUTS = [("abababc",), ("a",)]
