# features: builtins.isinstance
# chapter: 7
# expect: ok
# description: isinstance on statically typed values is decided at compile time
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, n: int) -> Tuple[bool, bool, bool]:
    return isinstance(x, torch.Tensor), isinstance(n, float), isinstance(n, (float, int))


INPUTS = [(torch.ones(1), 1)]
