# features: statements.assert
# chapter: 5
# expect: ok
# description: assert with a message guarding the input rank (passing path only)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> int:
    assert x.dim() == 2, "expected a 2-d input"
    return x.size(0) * x.size(1)


INPUTS = [(torch.zeros(3, 4),)]
