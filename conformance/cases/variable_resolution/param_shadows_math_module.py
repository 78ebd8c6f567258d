# features: variable_resolution.shadowing
# chapter: 4
# expect: ok
# description: a parameter named `math` shadows the imported math module inside the function
import math
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(math: int) -> int:
    return math * 2


INPUTS = [(21,)]
