# features: stmt.for.dict, types.dict
# chapter: 5
# expect: ok
# description: dict iteration follows insertion order, also after overwriting an existing key
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(keys: List[str]) -> List[str]:
    d: Dict[str, int] = {}
    for i, k in enumerate(keys):
        d[k] = i
    out: List[str] = []
    for k, v in d.items():
        out.append(k + "=" + str(v))
    return out


INPUTS = [(["z", "a", "m", "a"],), ([],)]
