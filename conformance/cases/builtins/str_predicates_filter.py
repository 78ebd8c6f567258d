# features: builtins.str.predicates
# chapter: 7
# expect: ok
# description: isdigit/isalpha/isalnum/isspace classify tokens of a mixed string
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[str]) -> List[List[bool]]:
    out: List[List[bool]] = []
    for t in tokens:
        out.append([t.isdigit(), t.isalpha(), t.isalnum(), t.isspace(), t.islower()])
    return out


INPUTS = [(["123", "abc", "a1", "  ", "", "Ab"],)]
