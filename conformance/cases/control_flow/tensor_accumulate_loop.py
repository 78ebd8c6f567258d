# features: control_flow.for_range, tensor.arith
# chapter: 7
# expect: ok
# description: accumulate a 1-D tensor in a loop: a truncated power series sum_k x^k / k!
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor, terms: int) -> torch.Tensor:
    result = torch.zeros(x.size(0))
    term = torch.ones(x.size(0))
    for k in range(terms):
        result = result + term
        term = term * x / (k + 1)
    return result


INPUTS = [(torch.tensor([0.0, 0.5, 1.0]), 10), (torch.tensor([2.0]), 0)]
