# features: classes.methods, statements.with, tensor.arith
# chapter: 5
# expect: ok
# description: a class method updating shadow tensor weights under `with torch.no_grad()` (model EMA)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class ModelEMA:
    def __init__(self, params: List[torch.Tensor], decay: float):
        self.decay = decay
        self.updates = 0
        self.shadow: List[torch.Tensor] = [p.clone() for p in params]

    def effective_decay(self) -> float:
        return min(self.decay, (1.0 + self.updates) / (10.0 + self.updates))

    def update(self, params: List[torch.Tensor]):
        with torch.no_grad():
            self.updates += 1
            d = self.effective_decay()
            for i in range(len(params)):
                self.shadow[i].mul_(d).add_(params[i], alpha=1.0 - d)


def fn(p0: torch.Tensor, p1: torch.Tensor, steps: int) -> List[torch.Tensor]:
    ema = ModelEMA([p0, p1], 0.99)
    for s in range(steps):
        ema.update([p0 * float(s + 1), p1 + float(s)])
    return ema.shadow


INPUTS = [(torch.tensor([1.0, 2.0]), torch.tensor([[0.5], [1.5]]), 3)]
