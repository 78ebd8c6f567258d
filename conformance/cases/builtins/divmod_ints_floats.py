# features: builtins.divmod
# chapter: 7
# expect: ok
# description: divmod on ints (flat index to row/col, negative too) and on floats
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(idx: int, cols: int, t: float) -> Tuple[Tuple[int, int], Tuple[float, float]]:
    return divmod(idx, cols), divmod(t, 60.0)


INPUTS = [(17, 5, 125.5), (-7, 5, -30.0)]
