# features: exceptions.runtime, builtins.float
# chapter: 7
# expect: error
# phase: runtime
# description: float() of a non-numeric string raises at runtime
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> float:
    return float(s) * 2.0


INPUTS = [("1.5",), ("-2e3",), ("abc",)]
