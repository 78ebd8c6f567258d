# features: variable_resolution.functions, calls.helper
# chapter: 5
# expect: ok
# description: fn calls a helper defined later in the file (resolved from the module's globals)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    return normalize(x)


def normalize(x: torch.Tensor) -> torch.Tensor:
    return (x - x.mean()) / (x.std() + 1e-5)


INPUTS = [(torch.tensor([1.0, 2.0, 3.0]),)]
