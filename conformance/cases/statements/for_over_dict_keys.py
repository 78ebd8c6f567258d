# features: statements.for_dict, types.dict
# chapter: 5
# expect: ok
# description: `for k in d` iterates keys in insertion order (a config dump)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lr: float, steps: int) -> List[str]:
    cfg = {"lr": lr, "steps": float(steps), "warmup": 0.1}
    out: List[str] = []
    for k in cfg:
        out.append(k + "=" + str(cfg[k]))
    return out


INPUTS = [(0.001, 100)]
