# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: count, zfill, ljust/rjust/center formatting a checkpoint name
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(name: str, step: int) -> Tuple[int, str, str, str, str]:
    return name.count("a"), str(step).zfill(6), name.ljust(8, "."), name.rjust(8), name.center(9, "*")


INPUTS = [("banana", 42), ("", 1234567)]
