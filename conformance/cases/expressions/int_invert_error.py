# features: expressions.bitwise, errors.type
# chapter: 5
# expect: error
# phase: type
# description: upstream 1.13 has no ~ on int (bitwise_not is Tensor-only), so ~mask is rejected
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(flags: int, bit: int) -> int:
    return flags & ~(1 << bit)


INPUTS = []
