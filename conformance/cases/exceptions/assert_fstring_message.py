# features: exceptions.assert, expr.fstring
# chapter: 7
# expect: error
# phase: runtime
# description: assert with an f-string message about divisibility of the hidden size by the head count
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(hidden: int, heads: int) -> int:
    assert hidden % heads == 0, f"hidden {hidden} not divisible by heads {heads}"
    return hidden // heads


INPUTS = [(768, 12), (100, 3)]
