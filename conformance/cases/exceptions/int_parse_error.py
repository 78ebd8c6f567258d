# features: exceptions.runtime, builtins.int
# chapter: 7
# expect: error
# phase: runtime
# description: int() of a non-numeric string raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(field: str) -> int:
    return int(field) + 1


INPUTS = [("41",), ("n/a",)]
