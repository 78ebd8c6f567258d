# features: errors.runtime, types.implicit_conversion
# chapter: 7
# expect: error
# phase: runtime
# description: a Tensor returned as int compiles (aten::IntImplicit) but fails unless it is a 0-dim integer tensor
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> int:
    return x * 2


INPUTS = [(torch.tensor(3),), (torch.tensor([1, 2]),), (torch.tensor(2.5),)]
