# features: expressions.is, types.optional
# chapter: 5
# expect: ok
# description: `is None` / `is not None` used as bool values rather than in an if
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: Optional[int], b: Optional[torch.Tensor]) -> Tuple[bool, bool]:
    return a is None, b is not None


INPUTS = [(None, None), (1, torch.ones(1))]
