# features: builtins.dict_methods
# chapter: 7
# expect: ok
# description: dict get/setdefault/update/pop/keys/values/items (merging two configs)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(base_keys: List[str], base_vals: List[int], over_keys: List[str], over_vals: List[int]) -> Tuple[List[str], List[int], int, int]:
    base: Dict[str, int] = {}
    for k, v in zip(base_keys, base_vals):
        base[k] = v
    over: Dict[str, int] = {}
    for k, v in zip(over_keys, over_vals):
        over[k] = v
    base.update(over)
    d = base.setdefault("depth", 12)
    removed = base.pop("dropout", -1)
    return list(base.keys()), list(base.values()), d, removed + len(base.items())


INPUTS = [(["width", "dropout"], [64, 1], ["width"], [128]), ([], [], ["depth"], [6])]
