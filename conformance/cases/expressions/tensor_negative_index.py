# features: expressions.subscript, tensors.indexing
# chapter: 5
# expect: ok
# description: negative integer indexing of tensors (the last time step of a sequence batch)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(seq: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
    return seq[-1], seq[:, -1]


INPUTS = [(torch.arange(12.0).reshape(3, 4),)]
