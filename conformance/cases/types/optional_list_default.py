# features: types.optional, types.list, calls.default_args
# chapter: 4
# expect: ok
# description: an Optional[List[int]] dims argument defaulting to None means "all dims"
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, dims: Optional[List[int]] = None) -> torch.Tensor:
    if dims is None:
        return x.sum()
    return x.sum(dims)


INPUTS = [(torch.ones(2, 3),), (torch.ones(2, 3), [1]), (torch.ones(2, 3), [0, 1])]
