# features: expr.in, expr.compare.str
# chapter: 5
# expect: ok
# description: `in` / `not in` on List[str] and on substrings to classify special tokens
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tok: str) -> int:
    specials = ["<s>", "</s>", "<pad>"]
    if tok in specials:
        return 0
    if "##" in tok:
        return 1
    if tok not in ["a", "the"]:
        return 2
    return 3


INPUTS = [("<pad>",), ("##ing",), ("dog",), ("the",)]
