# features: tensor.dtype, tensor.to
# chapter: 8
# expect: ok
# description: .float(), .long() (truncation), .to(torch.int32) and .to(torch.bool) conversions
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> List[torch.Tensor]:
    return [x.long(), x.long().float(), x.to(torch.int32), x.to(torch.bool), (x > 0).float()]


INPUTS = [(torch.tensor([-1.7, 0.0, 2.9]),)]
