# features: types.bool, control_flow.if
# chapter: 4
# expect: ok
# description: bool parameters combined with not/and to pick an activation
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, use_relu: bool, invert: bool) -> torch.Tensor:
    if use_relu and not invert:
        return torch.relu(x)
    if invert:
        return torch.neg(x)
    return x


INPUTS = [(torch.tensor([-1.0, 2.0]), True, False), (torch.tensor([-1.0, 2.0]), True, True), (torch.tensor([-1.0, 2.0]), False, False)]
