# features: errors.unsupported
# chapter: 3
# expect: error
# phase: parse
# description: **kwargs in a script function signature is not supported
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(x: int, **options: int) -> int:
    return x


INPUTS = []
