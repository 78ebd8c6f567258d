# features: tensor.log_softmax, tensor.index
# chapter: 8
# expect: ok
# description: negative log-likelihood from log_softmax, picking each row's target with a Python loop
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logits: torch.Tensor, targets: List[int]) -> torch.Tensor:
    lp = torch.log_softmax(logits, dim=1)
    total = torch.zeros(1)
    for i in range(len(targets)):
        total = total - lp[i, targets[i]]
    return total / len(targets)


INPUTS = [(torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]]), [0, 2])]
