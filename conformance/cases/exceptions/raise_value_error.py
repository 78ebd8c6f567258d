# features: exceptions.raise
# chapter: 7
# expect: error
# phase: runtime
# description: raise ValueError with an f-string message when a beam size is not positive
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(beam: int) -> int:
    if beam <= 0:
        raise ValueError(f"beam size must be positive, got {beam}")
    return beam * 2


INPUTS = [(4,), (0,)]
