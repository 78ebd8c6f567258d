# features: tensor.masked_fill, tensor.compare
# chapter: 8
# expect: ok
# description: masked_fill sets padded positions (id == pad) of attention scores to a large negative value
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: torch.Tensor, ids: torch.Tensor, pad: int) -> torch.Tensor:
    mask = ids == pad
    return scores.masked_fill(mask, -1e4)


INPUTS = [(torch.tensor([[0.5, 0.2, 0.3], [1.0, 2.0, 3.0]]), torch.tensor([[4, 0, 0], [1, 2, 0]]), 0)]
