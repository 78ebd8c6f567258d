# features: tensor.factory
# chapter: 8
# expect: ok
# description: torch.zeros/ones/full with sizes as varargs and as lists, sized from arguments
import torch
from typing import List, Optional, Tuple


def fn(n: int, value: float) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    z = torch.zeros(n, 2)
    o = torch.ones([2, n])
    f = torch.full([n], value)
    return z, o, f


INPUTS = [(3, 7.5), (1, -1.0)]
