# features: tensor.log_softmax, tensor.gather, tensor.indexing
# chapter: 5
# expect: ok
# description: cross entropy with ignore_index: log_softmax, gather of target log-probs, masking ignored rows and averaging
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(logits: torch.Tensor, target: torch.Tensor, ignore_index: int) -> Tuple[torch.Tensor, torch.Tensor]:
    logp = torch.log_softmax(logits, dim=-1)
    valid = target != ignore_index
    safe = torch.where(valid, target, torch.zeros_like(target))
    nll = -logp.gather(1, safe.unsqueeze(1)).squeeze(1)
    nll = nll * valid.to(nll.dtype)
    count = valid.sum()
    return nll.sum() / count.clamp(min=1), nll


INPUTS = [(torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 0.3], [1.0, 1.0, 1.0]]), torch.tensor([0, -100, 2]), -100)]
