# features: exceptions.runtime, builtins.torch_jit
# chapter: 7
# expect: error
# phase: runtime
# description: torch.jit._unwrap_optional(None) raises at runtime
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(k: Optional[int]) -> int:
    return torch.jit._unwrap_optional(k)


INPUTS = [(1,), (None,)]
