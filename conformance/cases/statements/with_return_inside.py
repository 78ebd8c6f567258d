# features: statements.with, statements.return
# chapter: 5
# expect: ok
# description: `return` inside `with torch.no_grad():` still runs the prim::Exit before the function returns
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, scale: float) -> torch.Tensor:
    with torch.no_grad():
        y = x * scale
        return y + 1.0


INPUTS = [(torch.tensor([1.0, -2.0]), 0.5)]
