# features: expressions.list_comprehension, tensors.reduction
# chapter: 5
# expect: ok
# description: a list comprehension over a List[Tensor] producing per-tensor norms, then stacked
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(xs: List[torch.Tensor]) -> torch.Tensor:
    norms = [x.norm() for x in xs]
    return torch.stack(norms)


INPUTS = [([torch.tensor([3.0, 4.0]), torch.tensor([1.0])],)]
