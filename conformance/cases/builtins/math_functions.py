# features: builtins.math
# chapter: 7
# expect: ok
# description: math.sqrt/log/exp/floor/ceil (floor/ceil return int) in a warmup-cosine schedule
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
import math


def fn(step: int, total: int) -> Tuple[float, int, int, float]:
    progress = float(step) / float(total)
    lr = 0.5 * (1.0 + math.cos(math.pi * progress))
    return lr, math.floor(progress * 10.0), math.ceil(progress * 10.0), math.sqrt(math.exp(math.log(4.0)))


INPUTS = [(0, 100), (33, 100), (100, 100)]
