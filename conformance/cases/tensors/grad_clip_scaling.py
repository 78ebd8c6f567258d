# features: tensor.norm, tensor.arith, control_flow.if_tensor
# chapter: 8
# expect: ok
# description: gradient clipping by global norm over a list of tensors
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(grads: List[torch.Tensor], max_norm: float) -> List[torch.Tensor]:
    total = torch.zeros(1)
    for g in grads:
        total = total + (g * g).sum()
    norm = torch.sqrt(total)
    if bool(norm > max_norm):
        scale = max_norm / (norm + 1e-6)
        return [g * scale for g in grads]
    return grads


INPUTS = [([torch.tensor([3.0, 4.0]), torch.tensor([0.0])], 1.0), ([torch.tensor([0.1])], 1.0)]
