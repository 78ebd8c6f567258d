# features: classes.init, classes.methods, types.tensor
# chapter: 5
# expect: ok
# description: a class holding a tensor exponential moving average updated in a loop
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class EMA:
    def __init__(self, init: torch.Tensor, decay: float):
        self.value = init.clone()
        self.decay = decay

    def update(self, x: torch.Tensor) -> torch.Tensor:
        self.value = self.decay * self.value + (1.0 - self.decay) * x
        return self.value


def fn(xs: List[torch.Tensor]) -> torch.Tensor:
    ema = EMA(xs[0], 0.5)
    for x in xs[1:]:
        ema.update(x)
    return ema.value


INPUTS = [([torch.zeros(2), torch.ones(2), torch.tensor([2.0, 4.0])],)]
