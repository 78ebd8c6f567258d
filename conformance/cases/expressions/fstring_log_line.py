# features: expressions.fstring, types.str
# chapter: 5
# expect: ok
# description: an f-string progress line with int, float and str fields
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(step: int, loss: float, phase: str) -> str:
    return f"[{phase}] step {step}: loss={loss}"


INPUTS = [(10, 0.25, "train"), (0, 1.5, "eval")]
