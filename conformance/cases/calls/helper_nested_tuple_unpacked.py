# features: calls.tuple_return, stmt.unpack.nested
# chapter: 5
# expect: ok
# description: a helper returns ((h, w), scale); the caller unpacks the nested tuple
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def resize_keep_ratio(h: int, w: int, target: int) -> Tuple[Tuple[int, int], float]:
    scale = target / max(h, w)
    return (int(h * scale), int(w * scale)), scale


def fn(h: int, w: int) -> Tuple[int, int, float]:
    (nh, nw), s = resize_keep_ratio(h, w, 512)
    return nh, nw, s


INPUTS = [(480, 640), (1024, 256)]
