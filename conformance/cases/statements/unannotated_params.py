# features: stmt.def.unannotated, tensor.arith
# chapter: 4
# expect: ok
# description: parameters without annotations default to Tensor
import torch
from typing import List, Optional, Tuple


def fn(x, y):
    diff = x - y
    return diff * diff


INPUTS = [(torch.tensor([1.0, 2.0]), torch.tensor([0.5, 4.0]))]
