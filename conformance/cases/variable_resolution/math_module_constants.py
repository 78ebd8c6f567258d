# features: variable_resolution.module_attribute, builtins.math
# chapter: 5
# expect: ok
# description: math.pi, math.e and math.inf resolved through the imported math module
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
import math


def fn(r: float) -> Tuple[float, float, bool]:
    area = math.pi * r * r
    growth = math.e ** r
    return area, growth, r < math.inf


INPUTS = [(1.0,), (0.0,)]
