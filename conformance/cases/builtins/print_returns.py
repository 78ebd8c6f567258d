# features: builtins.print
# chapter: 7
# expect: ok
# description: print() with several arguments compiles to prim::Print and the function still returns
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(step: int, loss: float) -> float:
    print("step", step, "loss", loss)
    return loss * 2.0


INPUTS = [(1, 0.5)]
