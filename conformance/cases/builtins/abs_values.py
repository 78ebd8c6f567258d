# features: builtins.abs
# chapter: 7
# expect: ok
# description: abs() on int, float and tensor (an L1 distance)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: int, b: float, x: torch.Tensor) -> Tuple[int, float, torch.Tensor]:
    return abs(a), abs(b), abs(x).sum()


INPUTS = [(-3, -2.5, torch.tensor([-1.0, 2.0, -3.0])), (0, 0.0, torch.zeros(1))]
