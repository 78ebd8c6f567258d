# features: statements.aug_assign, statements.subscript_assign
# chapter: 5
# expect: ok
# description: augmented assignment to list and tensor elements (histogram counts, tensor slice +=)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(labels: List[int], n: int, x: torch.Tensor) -> Tuple[List[int], torch.Tensor]:
    counts = [0] * n
    for l in labels:
        counts[l] += 1
    y = x.clone()
    y[1:] += 10.0
    return counts, y


INPUTS = [([0, 2, 2, 1, 2], 3, torch.tensor([1.0, 2.0, 3.0]))]
