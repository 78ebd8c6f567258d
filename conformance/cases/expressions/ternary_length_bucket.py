# features: expr.ternary
# chapter: 5
# expect: ok
# description: nested ternaries bucket sequence lengths for batching
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lengths: List[int]) -> List[int]:
    out: List[int] = []
    for n in lengths:
        out.append(16 if n <= 16 else 32 if n <= 32 else 64 if n <= 64 else 128)
    return out


INPUTS = [([1, 16, 17, 40, 64, 65, 500],)]
