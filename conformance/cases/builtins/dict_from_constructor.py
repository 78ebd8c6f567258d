# features: builtins.dict
# chapter: 7
# expect: ok
# description: dict() builds an empty dict (annotated) that is then filled
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(keys: List[str]) -> int:
    d: Dict[str, int] = dict()
    for k in keys:
        d[k] = 1
    return len(d)


INPUTS = [(["a", "b", "a"],)]
