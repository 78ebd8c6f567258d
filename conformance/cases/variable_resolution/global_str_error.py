# features: variable_resolution.global
# chapter: 4
# expect: error
# phase: type
# description: a module-level str constant (a pad token) cannot be read by a script function
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


PAD = "<pad>"


def fn(tokens: List[str]) -> int:
    return tokens.count(PAD)


INPUTS = []
