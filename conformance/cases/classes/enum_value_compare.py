# features: classes.enum
# chapter: 5
# expect: ok
# description: an Enum of padding modes compared with == and read through .value and .name
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class PadMode(Enum):
    ZEROS = 0
    REFLECT = 1
    REPLICATE = 2


def describe(mode: PadMode) -> str:
    if mode == PadMode.ZEROS:
        return "zeros"
    return mode.name + ":" + str(mode.value)


def fn(flag: int) -> List[str]:
    return [describe(PadMode.ZEROS), describe(PadMode.REFLECT), describe(PadMode.REPLICATE)]


INPUTS = [(0,)]
