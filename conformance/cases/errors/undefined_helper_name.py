# features: errors.undefined_name, calls.script_function
# chapter: 4
# expect: error
# phase: type
# description: calling a misspelled helper name that does not exist in the module
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def normalize(x: float) -> float:
    return x / 255.0


def fn(x: float) -> float:
    return normalise(x)


INPUTS = []
