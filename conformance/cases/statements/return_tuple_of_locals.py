# features: stmt.return, expr.tuple_literal, tensor.size
# chapter: 5
# expect: ok
# description: compute several locals from a tensor's shape and return them together
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, kernel: int, stride: int) -> Tuple[int, int, int]:
    rows = x.size(0)
    cols = x.size(1)
    out_rows = (rows - kernel) // stride + 1
    out_cols = (cols - kernel) // stride + 1
    return out_rows, out_cols, out_rows * out_cols


INPUTS = [(torch.zeros(8, 6), 3, 1), (torch.zeros(32, 32), 4, 2)]
