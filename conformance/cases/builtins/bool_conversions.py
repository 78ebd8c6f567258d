# features: builtins.bool
# chapter: 7
# expect: ok
# description: bool() of int, float and a 1-element tensor
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int, f: float, t: torch.Tensor) -> Tuple[bool, bool, bool]:
    return bool(n), bool(f), bool(t)


INPUTS = [(0, 0.0, torch.tensor([0.0])), (3, -0.5, torch.tensor([1.0]))]
