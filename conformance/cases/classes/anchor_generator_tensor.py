# features: classes.init, tensor.factories, tensor.cat
# chapter: 5
# expect: ok
# description: an anchor generator class precomputing base anchors as a tensor and shifting them over a feature grid
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class AnchorGenerator:
    def __init__(self, sizes: List[float], ratios: List[float], stride: int):
        self.stride = stride
        rows: List[List[float]] = []
        for s in sizes:
            for r in ratios:
                w = s * (r ** 0.5)
                h = s / (r ** 0.5)
                rows.append([-w / 2.0, -h / 2.0, w / 2.0, h / 2.0])
        self.base = torch.tensor(rows)

    def num_anchors(self) -> int:
        return self.base.size(0)

    def grid(self, fh: int, fw: int) -> torch.Tensor:
        ys = torch.arange(fh, dtype=torch.float32) * self.stride
        xs = torch.arange(fw, dtype=torch.float32) * self.stride
        shifts: List[torch.Tensor] = []
        for y in range(fh):
            for x in range(fw):
                shifts.append(torch.stack([xs[x], ys[y], xs[x], ys[y]]))
        s = torch.stack(shifts)
        return (s.unsqueeze(1) + self.base.unsqueeze(0)).reshape(-1, 4)


def fn(fh: int, fw: int) -> Tuple[int, torch.Tensor]:
    g = AnchorGenerator([8.0, 16.0], [1.0, 4.0], 4)
    return g.num_anchors(), g.grid(fh, fw)


INPUTS = [(1, 2), (2, 1)]
