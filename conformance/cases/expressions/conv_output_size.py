# features: expr.arith.int, expr.floordiv
# chapter: 5
# expect: ok
# description: conv2d output size (h + 2p - d(k-1) - 1) // s + 1 for a stack of layers
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(h: int, w: int) -> List[int]:
    kernels = [7, 3, 3, 3]
    strides = [2, 2, 1, 2]
    pads = [3, 1, 1, 0]
    dil = [1, 1, 2, 1]
    sizes: List[int] = []
    for i in range(len(kernels)):
        h = (h + 2 * pads[i] - dil[i] * (kernels[i] - 1) - 1) // strides[i] + 1
        w = (w + 2 * pads[i] - dil[i] * (kernels[i] - 1) - 1) // strides[i] + 1
        sizes.append(h)
        sizes.append(w)
    return sizes


INPUTS = [(224, 224), (32, 17)]
