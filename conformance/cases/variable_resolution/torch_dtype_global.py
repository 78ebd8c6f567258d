# features: variable_resolution.global_constant, errors.type, types.dtype
# chapter: 5
# expect: error
# phase: type
# description: upstream does not capture module-level globals in script functions: a module-level torch.dtype is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


COMPUTE_DTYPE = torch.float64


def fn(x: torch.Tensor) -> torch.Tensor:
    return x.to(COMPUTE_DTYPE) * 2


INPUTS = []
