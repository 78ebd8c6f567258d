# features: classes.methods, builtins.math
# chapter: 5
# expect: ok
# description: a warmup + cosine learning-rate scheduler class whose step() calls get_lr(), recording the schedule
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


import math


class WarmupCosine:
    def __init__(self, base_lr: float, warmup: int, total: int):
        self.base_lr = base_lr
        self.warmup = warmup
        self.total = total
        self.step_num = 0
        self.history: List[float] = []

    def get_lr(self) -> float:
        if self.step_num < self.warmup:
            return self.base_lr * float(self.step_num + 1) / float(self.warmup)
        progress = float(self.step_num - self.warmup) / float(max(1, self.total - self.warmup))
        return 0.5 * self.base_lr * (1.0 + math.cos(math.pi * min(progress, 1.0)))

    def step(self) -> float:
        lr = self.get_lr()
        self.history.append(lr)
        self.step_num += 1
        return lr


def fn(steps: int) -> List[float]:
    sched = WarmupCosine(0.1, 2, 6)
    for _ in range(steps):
        sched.step()
    return sched.history


INPUTS = [(8,), (0,)]
