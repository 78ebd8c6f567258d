# features: stmt.return.early, control_flow.if
# chapter: 5
# expect: ok
# description: a return inside an if with code after it (guard clause)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, n: int) -> torch.Tensor:
    if n <= 0:
        return x
    y = x * n
    return y + 1


INPUTS = [(torch.ones(2), 0), (torch.ones(2), 3)]
