# features: errors.type, control_flow.if
# chapter: 4
# expect: error
# phase: type
# description: a variable that is a Tensor in one branch and an int in the other cannot be joined
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, flag: bool) -> torch.Tensor:
    if flag:
        y = x
    else:
        y = 0
    return y + 1


INPUTS = []
