# features: tensor.transpose, tensor.permute
# chapter: 8
# expect: ok
# description: splitting heads: view, transpose(1, 2), then permute back and merge (multi-head attention shapes)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor, heads: int) -> Tuple[torch.Tensor, torch.Tensor]:
    b, t, d = x.size(0), x.size(1), x.size(2)
    h = x.view(b, t, heads, d // heads).transpose(1, 2)
    back = h.permute(0, 2, 1, 3).contiguous().view(b, t, d)
    return h, back


INPUTS = [(torch.arange(16.0).view(1, 2, 8), 2)]
