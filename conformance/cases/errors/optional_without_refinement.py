# features: errors.type, types.optional
# chapter: 4
# expect: error
# phase: type
# description: arithmetic on an Optional[int] that was not refined by an `is None` check
import torch
from typing import List, Optional, Tuple


def fn(n: Optional[int]) -> int:
    return n + 1


INPUTS = []
