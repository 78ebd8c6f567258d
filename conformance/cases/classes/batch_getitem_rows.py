# features: classes.magic_methods, tensor.indexing
# chapter: 5
# expect: ok
# description: a Batch class wrapping token/label tensors with __len__ and __getitem__(int) returning a (row, label) tuple
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class Batch:
    def __init__(self, tokens: torch.Tensor, labels: List[int]):
        self.tokens = tokens
        self.labels = labels

    def __len__(self) -> int:
        return self.tokens.size(0)

    def __getitem__(self, i: int) -> Tuple[torch.Tensor, int]:
        return self.tokens[i], self.labels[i]


def fn(tokens: torch.Tensor, labels: List[int]) -> Tuple[List[int], torch.Tensor]:
    b = Batch(tokens, labels)
    lens: List[int] = []
    acc = torch.zeros(tokens.size(1))
    for i in range(len(b)):
        row, lab = b[i]
        lens.append(int((row != 0).sum()))
        if lab == 1:
            acc = acc + row
    return lens, acc


INPUTS = [(torch.tensor([[3.0, 4.0, 0.0], [5.0, 0.0, 0.0], [1.0, 2.0, 3.0]]), [1, 0, 1])]
