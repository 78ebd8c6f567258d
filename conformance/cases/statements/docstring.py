# features: stmt.expr_statement, stmt.docstring
# chapter: 3
# expect: ok
# description: a docstring and a bare string statement are accepted and emit nothing
import torch
from typing import List, Optional, Tuple


def fn(n: int) -> int:
    """Doubles n.

    The docstring spans several lines.
    """
    "a bare string statement"
    return n * 2


INPUTS = [(4,)]
