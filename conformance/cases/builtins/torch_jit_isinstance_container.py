# features: builtins.torch_jit, types.any
# chapter: 7
# expect: ok
# description: torch.jit.isinstance refines an Optional[List[str]] to its element type
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: Optional[List[str]]) -> int:
    if torch.jit.isinstance(x, List[str]):
        return len(x)
    return -1


INPUTS = [(["a", "b"],), (None,)]
