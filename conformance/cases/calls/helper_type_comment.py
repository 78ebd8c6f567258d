# features: calls.script_function, stmt.def.type_comment
# chapter: 5
# expect: ok
# description: a helper declared with a type comment, called from an annotated function
import torch
from typing import List, Optional, Tuple


def area(height, width):
    # type: (int, int) -> int
    return height * width


def fn(x: torch.Tensor) -> int:
    return area(x.size(0), x.size(1))


INPUTS = [(torch.zeros(3, 4),)]
