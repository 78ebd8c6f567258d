# features: expressions.list_comprehension, builtins.range
# chapter: 5
# expect: ok
# description: a comprehension over range() building sinusoid frequencies
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(dim: int) -> List[float]:
    return [1.0 / (10000.0 ** (2.0 * i / dim)) for i in range(dim // 2)]


INPUTS = [(8,), (1,)]
