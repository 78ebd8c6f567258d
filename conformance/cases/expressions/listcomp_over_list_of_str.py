# features: expr.listcomp, builtins.len
# chapter: 5
# expect: ok
# description: a comprehension over a List[str] computes token lengths and upper-cased tokens
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[str]) -> Tuple[List[int], List[str]]:
    lens = [len(t) for t in tokens]
    ups = [t.upper() for t in tokens]
    return lens, ups


INPUTS = [(["hi", "there", ""],), ([],)]
