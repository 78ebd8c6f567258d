# features: exceptions.runtime, tensors.indexing
# chapter: 7
# expect: error
# phase: runtime
# description: an integer tensor index past the dimension's size raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, i: int) -> torch.Tensor:
    return x[i]


INPUTS = [(torch.arange(3.0), 2), (torch.arange(3.0), 3)]
