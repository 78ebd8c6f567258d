# features: exceptions.try, errors.parse
# chapter: 7
# expect: error
# phase: parse
# description: try/except around a parse is rejected by upstream
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> int:
    try:
        return int(s)
    except ValueError:
        return -1


INPUTS = []
