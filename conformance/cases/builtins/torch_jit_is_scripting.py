# features: builtins.torch_jit
# chapter: 7
# expect: ok
# description: torch.jit.is_scripting() is True in the scripted function
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    if torch.jit.is_scripting():
        return x + 1.0
    return x


INPUTS = [(torch.zeros(2),)]
