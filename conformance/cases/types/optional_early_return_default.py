# features: types.optional, types.refinement, stmt.return.early
# chapter: 4
# expect: ok
# description: `if temperature is None: return` refines the Optional[float] for the rest of the function
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logits: List[float], temperature: Optional[float]) -> List[float]:
    if temperature is None:
        return logits
    out: List[float] = []
    for v in logits:
        out.append(v / temperature)
    return out


INPUTS = [([1.0, 2.0, -4.0], None), ([1.0, 2.0, -4.0], 2.0), ([], 0.5)]
