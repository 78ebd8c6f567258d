# features: errors.name, control_flow.if
# chapter: 5
# expect: error
# phase: type
# description: a variable assigned only in the true branch is not defined after the if
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, flag: bool) -> torch.Tensor:
    if flag:
        y = x * 2
    return y


INPUTS = []
