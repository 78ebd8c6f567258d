# features: errors.type, statements.with, statements.return
# chapter: 5
# expect: error
# phase: type
# description: a value assigned in a `with` block after a conditional return in it is used after the block: upstream 1.13 fails an internal assert, minijit refuses it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, n: int) -> torch.Tensor:
    y = x * 2.0
    with torch.no_grad():
        if n > 2:
            return y
        y = y + 1.0
    return y - 3.0


INPUTS = []
