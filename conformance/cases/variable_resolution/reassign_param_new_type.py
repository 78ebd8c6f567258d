# features: variable_resolution.reassignment
# chapter: 5
# expect: ok
# description: upstream accepts rebinding an int parameter to a str at the top level of the body (a new variable)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(n: int) -> str:
    n = str(n)
    return n + "!"


INPUTS = [(42,)]
