# features: calls.script_function, types.optional
# chapter: 5
# expect: ok
# description: two helpers both call a third, and one passes an Optional through
import torch
from typing import List, Optional, Tuple


def or_default(value: Optional[int], default: int) -> int:
    if value is None:
        return default
    return value


def rows(x: torch.Tensor, limit: Optional[int]) -> int:
    return or_default(limit, x.size(0))


def cols(x: torch.Tensor, limit: Optional[int]) -> int:
    return or_default(limit, x.size(1))


def fn(x: torch.Tensor, limit: Optional[int]) -> int:
    return rows(x, limit) * cols(x, None)


INPUTS = [(torch.zeros(2, 5), None), (torch.zeros(2, 5), 3)]
