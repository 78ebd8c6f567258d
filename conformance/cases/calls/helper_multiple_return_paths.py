# features: calls.script_function, stmt.return.early
# chapter: 5
# expect: ok
# description: a helper with several return paths (learning-rate schedule with warmup and decay)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def lr_at(step: int, warmup: int, total: int, base: float) -> float:
    if step < warmup:
        return base * (step + 1) / warmup
    if step >= total:
        return 0.0
    return base * (total - step) / (total - warmup)


def fn(warmup: int, total: int) -> List[float]:
    return [lr_at(s, warmup, total, 0.1) for s in range(total + 2)]


INPUTS = [(2, 6), (0, 3)]
