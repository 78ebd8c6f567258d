# features: statements.with
# chapter: 5
# expect: ok
# description: `with torch.no_grad():` is accepted by upstream and runs its body
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    with torch.no_grad():
        y = x * 2.0
    return y + 1.0


INPUTS = [(torch.tensor([1.0, 2.0]),)]
