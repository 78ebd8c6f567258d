# features: statements.for_tuple
# chapter: 5
# expect: ok
# description: iterating a heterogeneous tuple is unrolled (each element keeps its own type)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> List[str]:
    out: List[str] = []
    for item in (x.size(0), 2.5, "tag"):
        out.append(str(item))
    return out


INPUTS = [(torch.zeros(3, 2),)]
