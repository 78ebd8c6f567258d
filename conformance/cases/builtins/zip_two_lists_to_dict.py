# features: builtins.zip, types.dict
# chapter: 7
# expect: ok
# description: zip(keys, values) fills a dict of per-class thresholds, then looked up
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(names: List[str], thresholds: List[float], query: str) -> float:
    d: Dict[str, float] = {}
    for k, v in zip(names, thresholds):
        d[k] = v
    return d.get(query, 0.5)


INPUTS = [(["cat", "dog"], [0.3, 0.7], "dog"), (["cat"], [0.3], "fish")]
