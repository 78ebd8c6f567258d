# features: calls.script_function, tensor.index, types.list
# chapter: 5
# expect: ok
# description: a helper gathers rows of a tensor by a list of indices and stacks them
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def gather_rows(x: torch.Tensor, idx: List[int]) -> torch.Tensor:
    rows: List[torch.Tensor] = []
    for i in idx:
        rows.append(x[i])
    return torch.stack(rows)


def fn(x: torch.Tensor, idx: List[int]) -> torch.Tensor:
    return gather_rows(x, idx) * 2.0


INPUTS = [(torch.arange(6.0).view(3, 2), [2, 0, 2])]
