# features: tensor.slice, tensor.index
# chapter: 8
# expect: ok
# description: 2-D slicing x[:, 1:3], x[1:], x[-1], x[:, -1] and x[::2]
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> List[torch.Tensor]:
    return [x[:, 1:3], x[1:], x[-1], x[:, -1], x[::2]]


INPUTS = [(torch.arange(12.0).view(3, 4),)]
