# features: expressions.pow, tensors.pow
# chapter: 5
# expect: ok
# description: ** on float/int, tensor ** float and float ** tensor (a learning-rate decay and an RMS)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, step: int, decay: float) -> Tuple[torch.Tensor, float, float]:
    rms = (x ** 2).mean() ** 0.5
    lr = 0.1 * decay ** step
    return rms, lr, 2.0 ** -step


INPUTS = [(torch.tensor([3.0, 4.0]), 2, 0.5), (torch.tensor([1.0]), 0, 0.9)]
