# features: expressions.comparison, types.float
# chapter: 5
# expect: ok
# description: comparisons between int and float operands (clip a step count against a float budget)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(steps: int, budget: float) -> Tuple[bool, bool, float]:
    over = steps > budget
    same = steps == budget
    return over, same, min(float(steps), budget)


INPUTS = [(3, 2.5), (3, 3.0), (1, 9.0)]
