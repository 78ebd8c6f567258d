# features: errors.name
# chapter: 5
# expect: error
# phase: type
# description: using a name that is never defined is rejected at compile time
import torch
from typing import List, Optional, Tuple


def fn(x: torch.Tensor) -> torch.Tensor:
    return x + bias


INPUTS = []
