# features: builtins.round
# chapter: 7
# expect: ok
# description: round(float) in TorchScript returns a float (Python returns int) and rounds halves away from zero
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: float) -> float:
    return round(x)


INPUTS = [(2.5,), (-2.5,), (1.4,), (3.5,)]
