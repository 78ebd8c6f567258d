# features: builtins.int, builtins.float
# chapter: 7
# expect: ok
# description: int() truncates toward zero, float() of an int, int() of a 1-element tensor
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(f: float, n: int, t: torch.Tensor) -> Tuple[int, float, int]:
    return int(f), float(n), int(t)


INPUTS = [(2.7, 3, torch.tensor([5])), (-2.7, -1, torch.tensor(7))]
