# features: tensor.index.select, tensor.index.slice
# chapter: 8
# expect: ok
# description: x[0], x[-1], x[1:3], x[i][j], x[:2] on a matrix (aten::select and aten::slice)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, i: int) -> Tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    first_row = x[0]
    last_row = x[-1]
    middle = x[1:3]
    element = x[i][1]
    head = x[:2]
    return first_row, last_row, middle, element, head


INPUTS = [(torch.arange(12.0).reshape(4, 3), 2)]
