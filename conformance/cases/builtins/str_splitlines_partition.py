# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: splitlines on a multi-line string and partition-like parsing with find
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str) -> List[str]:
    out: List[str] = []
    for line in text.splitlines():
        i = line.find(":")
        if i >= 0:
            out.append(line[:i].strip())
    return out


INPUTS = [("a: 1\nb:2\nnone\n c : 3",), ("",)]
