# features: calls.script_function, expr.listcomp
# chapter: 5
# expect: ok
# description: a helper called from inside a list comprehension (normalizing each token)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def norm(tok: str) -> str:
    return tok.strip().lower()


def fn(tokens: List[str]) -> List[str]:
    return [norm(t) for t in tokens]


INPUTS = [(["  Hello", "WORLD  ", ""],)]
