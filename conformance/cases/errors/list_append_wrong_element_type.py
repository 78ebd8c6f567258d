# features: errors.type, types.list
# chapter: 4
# expect: error
# phase: type
# description: appending a str to a List[int]
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int]) -> List[int]:
    ids.append("<eos>")
    return ids


INPUTS = []
