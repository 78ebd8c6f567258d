# features: expressions.matmul, tensors.matmul
# chapter: 5
# expect: ok
# description: the @ operator for a scaled dot-product score
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(q: torch.Tensor, k: torch.Tensor) -> torch.Tensor:
    return q @ k.t() / (q.size(-1) ** 0.5)


INPUTS = [(torch.ones(2, 4), torch.arange(12.0).reshape(3, 4))]
