# features: types.dict, types.tuple
# chapter: 5
# expect: ok
# description: a Dict[str, Tuple[int, int]] of per-layer (in, out) feature sizes checked for chaining and summed into a parameter count
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(names: List[str], dims: List[int], bias: bool) -> Tuple[int, List[str], List[Tuple[int, int]]]:
    table: Dict[str, Tuple[int, int]] = {}
    for i in range(len(names)):
        table[names[i]] = (dims[i], dims[i + 1])
    params = 0
    bad: List[str] = []
    prev_out = -1
    for name in names:
        fin, fout = table[name]
        if prev_out >= 0 and prev_out != fin:
            bad.append(name)
        prev_out = fout
        params += fin * fout + (fout if bias else 0)
    return params, bad, list(table.values())


INPUTS = [(["fc1", "fc2", "head"], [16, 32, 8, 2], True), (["only"], [4, 1], False)]
