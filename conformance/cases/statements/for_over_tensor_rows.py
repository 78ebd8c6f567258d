# features: statements.for_tensor, tensors.reduction
# chapter: 5
# expect: ok
# description: iterating a 2-d tensor yields its rows (a per-example max)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> List[float]:
    out: List[float] = []
    for row in x:
        out.append(float(row.max()))
    return out


INPUTS = [(torch.tensor([[1.0, 5.0], [3.0, 2.0], [-1.0, -2.0]]),)]
