# features: classes.methods, types.optional
# chapter: 5
# expect: ok
# description: an EarlyStopping class with an Optional best score (torch.jit.annotate: upstream ignores `self.best: Optional[float] = None`), patience counter and best-epoch bookkeeping
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class EarlyStopping:
    def __init__(self, patience: int, min_delta: float):
        self.patience = patience
        self.min_delta = min_delta
        self.best = torch.jit.annotate(Optional[float], None)
        self.best_epoch = -1
        self.bad_epochs = 0

    def improved(self, loss: float) -> bool:
        best = self.best
        if best is None:
            return True
        return loss < best - self.min_delta

    def step(self, epoch: int, loss: float) -> bool:
        if self.improved(loss):
            self.best = loss
            self.best_epoch = epoch
            self.bad_epochs = 0
        else:
            self.bad_epochs += 1
        return self.bad_epochs >= self.patience


def fn(losses: List[float], patience: int) -> Tuple[int, int, float]:
    es = EarlyStopping(patience, 0.01)
    stopped = -1
    for epoch, loss in enumerate(losses):
        if es.step(epoch, loss):
            stopped = epoch
            break
    best = es.best
    return stopped, es.best_epoch, best if best is not None else -1.0


INPUTS = [([1.0, 0.8, 0.795, 0.81, 0.79, 0.5], 2), ([1.0, 0.5, 0.25], 2), ([], 1)]
