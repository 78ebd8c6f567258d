# features: expr.fstring
# chapter: 5
# expect: ok
# description: an f-string log line mixing str, int, float and bool values
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(step: int, loss: float, name: str, done: bool) -> str:
    return f"[{name}] step={step} loss={loss} done={done} next={step + 1}"


INPUTS = [(10, 0.25, "train", False), (0, 3.0, "eval", True)]
