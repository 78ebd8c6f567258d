# features: errors.syntax, stmt.aug_assign
# chapter: 5
# expect: error
# phase: type
# description: upstream rejects //= (only += -= *= /= %= ** = and bit ops are emitted), unlike Python
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    n //= 2
    return n


INPUTS = []
