# features: builtins.math
# chapter: 7
# expect: ok
# description: math.isnan/isinf/isfinite guarding a loss value, math.fabs and math.copysign
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
import math


def fn(loss: float) -> Tuple[bool, bool, float, float]:
    bad = math.isnan(loss) or math.isinf(loss)
    return bad, math.isfinite(loss), math.fabs(loss), math.copysign(1.0, loss)


INPUTS = [(float("nan"),), (float("-inf"),), (-2.5,)]
