# features: expressions.bitwise, types.bool
# chapter: 5
# expect: ok
# description: & | ^ applied to bools (not short-circuiting) give bools
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: bool, b: bool) -> Tuple[bool, bool, bool]:
    return a & b, a | b, a ^ b


INPUTS = [(True, False), (True, True), (False, False)]
