# features: expressions.bitwise, tensors.compare
# chapter: 5
# expect: ok
# description: tensor masks combined with &, | and ~ to select boxes inside a score band
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(scores: torch.Tensor, lo: float, hi: float) -> torch.Tensor:
    inside = (scores >= lo) & (scores < hi)
    outside = ~inside
    either = inside | (scores == 0.0)
    return torch.stack([inside, outside, either]).to(torch.int64)


INPUTS = [(torch.tensor([0.0, 0.2, 0.5, 0.9]), 0.1, 0.6)]
