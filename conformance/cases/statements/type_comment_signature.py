# features: stmt.def.type_comment, tensor.arith
# chapter: 3
# expect: ok
# description: the signature comes from a `# type: (...) -> ...` comment instead of annotations
import torch
from typing import List, Optional, Tuple


def fn(x, scale, shift):
    # type: (Tensor, float, int) -> Tensor
    return x * scale + shift


INPUTS = [(torch.tensor([1.0, -2.0, 3.0]), 0.5, 2)]
