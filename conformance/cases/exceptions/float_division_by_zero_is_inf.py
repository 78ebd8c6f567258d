# features: exceptions.runtime, types.float, expressions.true_division
# chapter: 7
# expect: ok
# description: float division by zero returns inf in TorchScript (Python would raise ZeroDivisionError)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(total: float, count: float) -> float:
    return total / count


INPUTS = [(1.0, 4.0), (1.0, 0.0)]
