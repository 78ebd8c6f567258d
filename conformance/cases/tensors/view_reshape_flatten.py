# features: tensor.view, tensor.reshape
# chapter: 8
# expect: ok
# description: view with -1, reshape, and flatten from dim 1, with the resulting sizes
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor, List[int]]:
    b = x.size(0)
    flat = x.view(b, -1)
    r = x.reshape(-1, 2)
    f = torch.flatten(x, 1)
    return flat, r, [flat.size(1), r.size(0), f.size(1)]


INPUTS = [(torch.arange(12.0).view(2, 3, 2),)]
