# features: statements.subscript_assign, tensors.indexing
# chapter: 5
# expect: ok
# description: tensor element, slice and boolean-mask assignment (zeroing padding and clamping negatives)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, valid: int) -> torch.Tensor:
    y = x.clone()
    y[0, 0] = 100.0
    y[:, valid:] = 0.0
    y[y < 0] = 0.0
    return y


INPUTS = [(torch.tensor([[1.0, -2.0, 3.0], [-4.0, 5.0, 6.0]]), 2)]
