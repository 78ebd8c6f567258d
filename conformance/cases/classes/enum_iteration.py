# features: classes.enum, statements.for_enum
# chapter: 5
# expect: ok
# description: iterating over an Enum class collects its values in definition order
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class Stage(Enum):
    TRAIN = "train"
    EVAL = "eval"
    TEST = "test"


def fn(prefix: str) -> List[str]:
    out: List[str] = []
    for s in Stage:
        out.append(prefix + s.value)
    return out


INPUTS = [("run_",)]
