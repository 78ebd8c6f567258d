# features: tensor.activation, tensor.math
# chapter: 8
# expect: ok
# description: exp, log, sigmoid, tanh and sqrt elementwise on a small tensor
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: torch.Tensor) -> List[torch.Tensor]:
    return [torch.exp(x), torch.log(x + 1.0), torch.sigmoid(x), torch.tanh(x), x.sqrt()]


INPUTS = [(torch.tensor([0.0, 0.5, 2.0]),)]
