# features: tensor.argmax, builtins.int
# chapter: 8
# expect: ok
# description: argmax over the last dim, and int() of a 0-dim result for the predicted class
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logits: torch.Tensor) -> Tuple[torch.Tensor, int]:
    preds = logits.argmax(dim=-1)
    return preds, int(preds[0])


INPUTS = [(torch.tensor([[0.1, 0.7, 0.2], [0.9, 0.05, 0.05]]),)]
