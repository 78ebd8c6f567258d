# features: exceptions.assert
# chapter: 7
# expect: error
# phase: runtime
# description: a bare failing assert (a probability outside [0, 1])
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(p: float) -> float:
    assert 0.0 <= p <= 1.0
    return 1.0 - p


INPUTS = [(0.3,), (1.5,)]
