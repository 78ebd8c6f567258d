# features: builtins.int, builtins.float, types.str
# chapter: 7
# expect: ok
# description: int(str) and float(str) parse numeric fields of a config line
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(line: str) -> Tuple[int, float]:
    parts = line.split(",")
    return int(parts[0]), float(parts[1])


INPUTS = [("12,0.5",), ("-3,1e-3",)]
