# features: variable_resolution.if_scope
# chapter: 5
# expect: ok
# description: a variable defined in both branches of an if (and nowhere before) is defined after it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, train: bool) -> torch.Tensor:
    if train:
        scale = 0.5
        y = x * scale
    else:
        scale = 1.0
        y = x
    return y + scale


INPUTS = [(torch.ones(2), True), (torch.ones(2), False)]
