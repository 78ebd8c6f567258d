# features: exceptions.raise
# chapter: 7
# expect: error
# phase: runtime
# description: raising a user-defined Python exception class compiles (the class name is kept) and raises
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


class BeamSearchError(Exception):
    pass


def fn(n: int) -> int:
    if n < 0:
        raise BeamSearchError("negative length")
    return n


INPUTS = [(1,), (-1,)]
