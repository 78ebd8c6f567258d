# features: builtins.enumerate, types.list
# chapter: 7
# expect: ok
# description: enumerate over a List[Tensor] weighting each layer's output by its depth
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(outs: List[torch.Tensor]) -> torch.Tensor:
    total = torch.zeros(1)
    for i, o in enumerate(outs):
        total = total + o.sum() * float(i + 1)
    return total


INPUTS = [([torch.ones(2), torch.ones(3)],)]
