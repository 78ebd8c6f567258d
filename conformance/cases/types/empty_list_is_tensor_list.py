# features: types.list, types.default_empty_list, tensors.cat
# chapter: 4
# expect: ok
# description: an unannotated empty list literal is List[Tensor], filled with chunks then concatenated
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, n: int) -> torch.Tensor:
    parts = []
    for i in range(n):
        parts.append(x * float(i))
    return torch.cat(parts, 0)


INPUTS = [(torch.ones(2), 3)]
