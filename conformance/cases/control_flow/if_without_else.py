# features: control_flow.if
# chapter: 5
# expect: ok
# description: an if without else that may overwrite a variable defined before it
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, negate: bool) -> torch.Tensor:
    y = x + 0
    if negate:
        y = -y
    return y


INPUTS = [(torch.tensor([1.0, -2.0]), True), (torch.tensor([1.0, -2.0]), False)]
