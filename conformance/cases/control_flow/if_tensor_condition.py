# features: control_flow.if, tensor.compare, tensor.sum
# chapter: 7
# expect: ok
# description: an if on a one-element tensor comparison (implicit aten::Bool)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> torch.Tensor:
    if torch.sum(x) > 0:
        return x
    else:
        return -x


INPUTS = [(torch.tensor([1.0, 2.0]),), (torch.tensor([-3.0, 1.0]),)]
