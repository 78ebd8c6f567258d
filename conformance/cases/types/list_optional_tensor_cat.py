# features: types.optional, types.list_tensor
# chapter: 5
# expect: ok
# description: a List[Optional[Tensor]] of per-layer outputs where skipped layers are None; the present ones are refined and concatenated
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, skip: List[int]) -> Tuple[torch.Tensor, int]:
    outs: List[Optional[torch.Tensor]] = []
    h = x
    for layer in range(4):
        h = h * 2.0 + float(layer)
        if layer in skip:
            outs.append(None)
        else:
            outs.append(h)
    present: List[torch.Tensor] = []
    for o in outs:
        if o is not None:
            present.append(o)
    return torch.cat(present, dim=0), len(outs) - len(present)


INPUTS = [(torch.tensor([1.0, -1.0]), [1, 3]), (torch.tensor([0.5]), [])]
