# features: control_flow.while, control_flow.tensor_condition
# chapter: 5
# expect: ok
# description: a while loop whose condition is a tensor comparison, halving a gradient until its norm is under a threshold
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(grad: torch.Tensor, max_norm: float, max_iter: int) -> Tuple[torch.Tensor, int]:
    it = 0
    while grad.norm() > max_norm and it < max_iter:
        grad = grad * 0.5
        it += 1
    return grad, it


INPUTS = [(torch.tensor([3.0, 4.0]), 1.0, 10), (torch.tensor([0.1, 0.1]), 1.0, 10), (torch.tensor([30.0, 40.0]), 0.01, 2)]
