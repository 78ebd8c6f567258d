# features: builtins.int, builtins.float, builtins.str.split
# chapter: 7
# expect: ok
# description: parses "key=value" config strings with int() and float() conversions of str
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(spec: str) -> Tuple[int, float]:
    n = 0
    lr = 0.0
    for part in spec.split(";"):
        kv = part.split("=")
        if kv[0] == "layers":
            n = int(kv[1])
        elif kv[0] == "lr":
            lr = float(kv[1])
    return n, lr


INPUTS = [("layers=12;lr=0.001",), ("lr=1e-4",), ("",)]
