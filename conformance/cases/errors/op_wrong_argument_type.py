# features: errors.type, errors.overload, tensor.matmul
# chapter: 4
# expect: error
# phase: type
# description: no overload of torch.matmul accepts an int as its second argument
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, k: int) -> torch.Tensor:
    return torch.matmul(x, k)


INPUTS = []
