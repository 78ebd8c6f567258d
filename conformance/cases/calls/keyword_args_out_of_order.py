# features: calls.keyword_arguments
# chapter: 5
# expect: ok
# description: keyword arguments passed out of order to a conv output size helper
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def out_size(size: int, kernel: int, stride: int = 1, padding: int = 0, dilation: int = 1) -> int:
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1


def fn(h: int) -> List[int]:
    return [
        out_size(h, 3),
        out_size(h, kernel=3, padding=1),
        out_size(padding=1, stride=2, kernel=3, size=h),
        out_size(h, 3, dilation=2, stride=1),
    ]


INPUTS = [(32,), (7,)]
