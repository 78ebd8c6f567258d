# features: calls.script_function, control_flow.for_range, tensor.arith
# chapter: 7
# expect: ok
# description: a helper called inside a loop (repeated smoothing steps on a tensor)
import torch
from typing import List, Optional, Tuple


def smooth_step(x: torch.Tensor, target: torch.Tensor, rate: float) -> torch.Tensor:
    return x + (target - x) * rate


def fn(x: torch.Tensor, target: torch.Tensor, steps: int) -> torch.Tensor:
    for i in range(steps):
        x = smooth_step(x, target, 0.5)
    return x


INPUTS = [(torch.zeros(3), torch.tensor([1.0, 2.0, 4.0]), 3), (torch.ones(2), torch.zeros(2), 0)]
