# features: errors.type, expr.mul.str
# chapter: 4
# expect: error
# phase: type
# description: "=" * n (string repetition) has no TorchScript overload, unlike list repetition
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> str:
    return "=" * n + "|"


INPUTS = []
