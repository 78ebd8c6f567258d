# features: types.float, errors.type
# chapter: 4
# expect: error
# phase: type
# description: returning an int where float is annotated is rejected (no implicit int to float on return)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> float:
    return n * 2


INPUTS = []
