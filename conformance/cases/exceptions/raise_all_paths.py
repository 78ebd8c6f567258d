# features: exceptions.raise, statements.early_return
# chapter: 7
# expect: error
# phase: runtime
# description: an if/elif chain whose final else raises; the function needs no return after it
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(mode: str) -> int:
    if mode == "nearest":
        return 0
    elif mode == "bilinear":
        return 1
    else:
        raise NotImplementedError("unknown mode " + mode)


INPUTS = [("nearest",), ("bilinear",), ("bicubic",)]
