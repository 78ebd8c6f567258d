# features: variable_resolution.modules, tensor.activation
# chapter: 4
# expect: ok
# description: torch.nn.functional reached through the torch module attribute chain (F.relu / F.gelu)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.relu(x) + torch.nn.functional.gelu(x)


INPUTS = [(torch.tensor([-1.0, 0.0, 2.0]),)]
