# features: exceptions.assert, types.refinement
# chapter: 7
# expect: error
# phase: runtime
# description: `assert x is not None` refines an Optional[int] afterwards and fails for None
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(k: Optional[int]) -> int:
    assert k is not None, "k is required"
    return k + 1


INPUTS = [(3,), (None,)]
