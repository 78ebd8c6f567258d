# features: classes.init, classes.methods
# chapter: 5
# expect: ok
# description: a TorchScript class keeping Welford running mean/variance, updated per value
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class RunningStats:
    def __init__(self):
        self.n = 0
        self.mean = 0.0
        self.m2 = 0.0

    def update(self, x: float):
        self.n += 1
        delta = x - self.mean
        self.mean += delta / self.n
        self.m2 += delta * (x - self.mean)

    def variance(self) -> float:
        return self.m2 / self.n if self.n > 1 else 0.0


def fn(xs: List[float]) -> Tuple[float, float]:
    stats = RunningStats()
    for x in xs:
        stats.update(x)
    return stats.mean, stats.variance()


INPUTS = [([1.0, 2.0, 3.0, 4.0],), ([5.0],)]
