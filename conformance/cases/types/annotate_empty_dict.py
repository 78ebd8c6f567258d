# features: types.annotate, types.dict
# chapter: 4
# expect: ok
# description: torch.jit.annotate(Dict[str, Tensor], {}) as a named-feature store
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> torch.Tensor:
    feats = torch.jit.annotate(Dict[str, torch.Tensor], {})
    feats["mean"] = x.mean(0)
    feats["max"] = x.max(0)[0]
    return feats["mean"] + feats["max"]


INPUTS = [(torch.tensor([[1.0, 2.0], [3.0, -4.0]]),)]
