# features: classes.composition, types.dict, classes.methods
# chapter: 5
# expect: ok
# description: a MetricTracker holding a Dict[str, AverageMeter] created lazily and summarised in key order
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class AverageMeter:
    def __init__(self):
        self.sum = 0.0
        self.count = 0

    def update(self, val: float, n: int = 1):
        self.sum += val * n
        self.count += n

    @property
    def avg(self) -> float:
        return self.sum / self.count if self.count > 0 else 0.0


class MetricTracker:
    def __init__(self):
        self.meters: Dict[str, AverageMeter] = {}

    def update(self, name: str, val: float, n: int):
        if name not in self.meters:
            self.meters[name] = AverageMeter()
        self.meters[name].update(val, n)

    def summary(self) -> List[str]:
        out: List[str] = []
        for k in sorted(self.meters.keys()):
            out.append(k + "=" + str(self.meters[k].avg))
        return out


def fn(names: List[str], vals: List[float], ns: List[int]) -> List[str]:
    t = MetricTracker()
    for i in range(len(names)):
        t.update(names[i], vals[i], ns[i])
    return t.summary()


INPUTS = [(["loss", "acc", "loss", "acc"], [2.0, 0.5, 1.0, 0.75], [1, 2, 3, 2])]
