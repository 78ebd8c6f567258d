# features: control_flow.elif, builtins.str.predicates
# chapter: 5
# expect: ok
# description: an if/elif chain maps tokens to categories by string tests
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tokens: List[str]) -> List[int]:
    out: List[int] = []
    for t in tokens:
        if t == "":
            out.append(0)
        elif t.isdigit():
            out.append(1)
        elif t.startswith("<") and t.endswith(">"):
            out.append(2)
        elif t.isupper():
            out.append(3)
        else:
            out.append(4)
    return out


INPUTS = [(["", "42", "<eos>", "NASA", "word", "<x"],)]
