# features: builtins.all, builtins.any
# chapter: 7
# expect: ok
# description: all() and any() over a List[bool] of per-beam finished flags
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(finished: List[bool]) -> Tuple[bool, bool]:
    return all(finished), any(finished)


INPUTS = [([True, True],), ([True, False],), ([False],), ([],)]
