# features: variable_resolution.shadowing
# chapter: 5
# expect: ok
# description: parameters named like Python builtins (input, type) shadow them inside fn
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(input: torch.Tensor, type: str) -> torch.Tensor:
    if type == "double":
        return input * 2.0
    return input


INPUTS = [(torch.ones(2), "double"), (torch.ones(2), "id")]
