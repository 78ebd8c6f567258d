# features: types.list, expr.list_literal
# chapter: 4
# expect: ok
# description: return a List[int] literal built from a tensor's sizes (a transposed shape)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> List[int]:
    return [x.size(1), x.size(0)]


INPUTS = [(torch.zeros(2, 3),), (torch.zeros(1, 7),)]
