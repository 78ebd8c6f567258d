# features: classes.enum, statements.for_enum
# chapter: 5
# expect: ok
# description: iterating an int Enum of special token ids, building name->id pairs and a bit mask of the values
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class Special(Enum):
    PAD = 0
    BOS = 1
    EOS = 2
    UNK = 3


def fn(ids: List[int]) -> Tuple[List[str], int, List[bool]]:
    names: List[str] = []
    mask = 0
    for s in Special:
        names.append(s.name + "=" + str(s.value))
        mask = mask | (1 << s.value)
    special = [((mask >> i) & 1) == 1 if i < 8 else False for i in ids]
    return names, mask, special


INPUTS = [([0, 5, 2, 3, 9],)]
