# features: control_flow.while, tensor.sum, control_flow.if_tensor
# chapter: 5
# expect: ok
# description: a while loop whose condition is a tensor comparison halves x until its norm is small
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, thr: float) -> Tuple[torch.Tensor, int]:
    steps = 0
    while x.abs().sum() > thr:
        x = x / 2
        steps += 1
    return x, steps


INPUTS = [(torch.tensor([4.0, -4.0]), 1.0), (torch.tensor([0.1]), 1.0)]
