# features: errors.undefined_name, tensor.methods
# chapter: 4
# expect: error
# phase: type
# description: calling a method that Tensor does not have (a typo of `softmax`)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    return x.softmx(dim=-1)


INPUTS = []
