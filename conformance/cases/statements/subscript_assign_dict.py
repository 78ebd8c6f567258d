# features: statements.subscript_assign, types.dict
# chapter: 5
# expect: ok
# description: dict item assignment to build running min/max of named metrics
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(names: List[str], values: List[float]) -> List[float]:
    lo: Dict[str, float] = {}
    for i in range(len(names)):
        n = names[i]
        if n not in lo or values[i] < lo[n]:
            lo[n] = values[i]
    return [lo[n] for n in sorted(lo.keys())]


INPUTS = [(["loss", "acc", "loss"], [0.5, 0.9, 0.3]), ([], [])]
