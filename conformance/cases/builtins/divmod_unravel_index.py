# features: builtins.divmod, builtins.enumerate
# chapter: 5
# expect: ok
# description: divmod turning flat indices into (row, col) positions of a feature map, and back with a stride
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(flat: List[int], width: int, stride: int) -> Tuple[List[Tuple[int, int]], List[int]]:
    coords: List[Tuple[int, int]] = []
    pix: List[int] = []
    for i, f in enumerate(flat):
        r, c = divmod(f, width)
        coords.append((r, c))
        pix.append(r * stride * width * stride + c * stride + i % 2)
    return coords, pix


INPUTS = [([0, 5, 7, 11], 4, 2)]
