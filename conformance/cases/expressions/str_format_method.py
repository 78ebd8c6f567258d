# features: expressions.str_format, types.str
# chapter: 5
# expect: ok
# description: str.format with positional {} fields, including a tensor shape list
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, name: str) -> str:
    return "{} has shape {} and {} elements".format(name, x.size(), x.numel())


INPUTS = [(torch.zeros(2, 3), "weight")]
