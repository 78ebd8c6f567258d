# features: expr.arith.int, expr.arith.float, types.promotion
# chapter: 4
# expect: ok
# description: int and float operands mix and promote to float (learning-rate warmup)
import torch
from typing import List, Optional, Tuple


def fn(step: int, warmup: int, base_lr: float) -> float:
    scale = (step + 1) / warmup
    return base_lr * scale + step * 0.0


INPUTS = [(0, 10, 0.1), (4, 10, 0.1), (9, 10, 0.5)]
