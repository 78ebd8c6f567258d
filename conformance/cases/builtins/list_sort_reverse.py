# features: builtins.list.sort, builtins.sorted
# chapter: 7
# expect: ok
# description: xs.sort(reverse=True) in place and sorted(...) on a copy, for floats and strings
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[float], names: List[str]) -> Tuple[List[float], List[str], List[str]]:
    ys = xs.copy()
    ys.sort(reverse=True)
    ns = sorted(names)
    names.sort(reverse=True)
    return ys, ns, names


INPUTS = [([0.5, -1.0, 3.0, 0.5], ["b", "a", "c"]), ([], [])]
