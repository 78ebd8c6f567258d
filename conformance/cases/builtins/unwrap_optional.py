# features: builtins.torch_jit, types.optional
# chapter: 7
# expect: ok
# description: torch.jit._unwrap_optional turns an Optional[int] into int
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(k: Optional[int]) -> int:
    return torch.jit._unwrap_optional(k) + 1


INPUTS = [(3,)]
