# features: exceptions.assert
# chapter: 7
# expect: error
# phase: runtime
# description: a failed assert with a message (mismatched batch sizes)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    assert a.size(0) == b.size(0), "batch sizes differ"
    return a + b


INPUTS = [(torch.ones(2), torch.ones(2)), (torch.ones(2), torch.ones(3))]
