# features: exceptions.raise, control_flow.elif
# chapter: 7
# expect: error
# phase: runtime
# description: an if/elif chain over activation names whose else branch raises for unknown names
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, act: str) -> torch.Tensor:
    if act == "relu":
        y = torch.relu(x)
    elif act == "tanh":
        y = torch.tanh(x)
    else:
        raise ValueError("unsupported activation " + act)
    return y


INPUTS = [(torch.tensor([-1.0, 1.0]), "relu"), (torch.tensor([-1.0, 1.0]), "tanh"), (torch.tensor([-1.0]), "swish")]
