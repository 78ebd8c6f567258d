# features: statements.aug_assign, tensor.slicing
# chapter: 5
# expect: ok
# description: sliding-window overlap-add: `out[s:s+w] += frame * window` on tensor slices, then normalised by the window sum
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(frames: torch.Tensor, hop: int) -> torch.Tensor:
    n, w = frames.size(0), frames.size(1)
    total = (n - 1) * hop + w
    window = torch.ones(w)
    window[0] = 0.5
    window[-1] = 0.5
    out = torch.zeros(total)
    norm = torch.zeros(total)
    for i in range(n):
        s = i * hop
        out[s:s + w] += frames[i] * window
        norm[s:s + w] += window
    return out / norm.clamp(min=1e-6)


INPUTS = [(torch.tensor([[1.0, 2.0, 3.0, 4.0], [4.0, 3.0, 2.0, 1.0], [1.0, 1.0, 1.0, 1.0]]), 2)]
