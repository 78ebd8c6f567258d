# features: expressions.ternary
# chapter: 5
# expect: ok
# description: a nested conditional expression choosing a padding mode name
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(pad: int, reflect: bool) -> str:
    return "none" if pad == 0 else "reflect" if reflect else "zeros"


INPUTS = [(0, True), (2, True), (2, False)]
