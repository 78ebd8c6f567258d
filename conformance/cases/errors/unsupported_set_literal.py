# features: errors.unsupported
# chapter: 3
# expect: error
# phase: parse
# description: set literals ({a, b}) have no TorchScript type
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tok: int) -> bool:
    special = {0, 1, 2}
    return tok in special


INPUTS = []
