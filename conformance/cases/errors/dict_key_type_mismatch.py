# features: errors.type, types.dict
# chapter: 4
# expect: error
# phase: type
# description: assigning with an int key into a Dict[str, int]
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> int:
    counts: Dict[str, int] = {}
    counts[n] = 1
    return len(counts)


INPUTS = []
