# features: tensor.matmul, tensor.softmax, tensor.transpose, builtins.math
# chapter: 8
# expect: ok
# description: softmax(q @ k^T / sqrt(d)) @ v with math.sqrt of the head size
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    d = q.size(-1)
    scores = torch.matmul(q, k.transpose(-2, -1)) / math.sqrt(d)
    return torch.softmax(scores, dim=-1) @ v


INPUTS = [(
    torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]),
    torch.tensor([[1.0, 0.0], [0.0, 1.0]]),
    torch.tensor([[1.0, 2.0], [3.0, 4.0]]),
)]
