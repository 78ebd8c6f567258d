# features: tensor.size, expr.arith.int
# chapter: 8
# expect: ok
# description: x.size(d) with positive and negative d, and x.dim(), as int arithmetic (flattened length)
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> Tuple[int, int, int]:
    batch = x.size(0)
    features = x.size(1) * x.size(-1)
    return batch, features, x.dim()


INPUTS = [(torch.zeros(4, 3, 5),), (torch.zeros(1, 2, 1),)]
