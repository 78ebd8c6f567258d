# features: types.tuple
# chapter: 4
# expect: ok
# description: a nested Tuple[Tuple[int, int], float] returned from shape arithmetic
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(h: int, w: int, stride: int) -> Tuple[Tuple[int, int], float]:
    oh = (h + stride - 1) // stride
    ow = (w + stride - 1) // stride
    return (oh, ow), float(oh * ow) / float(h * w)


INPUTS = [(224, 224, 16), (7, 5, 2)]
