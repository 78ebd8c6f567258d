# features: expressions.percent_format, types.str
# chapter: 5
# expect: ok
# description: printf-style % formatting of a batch counter
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(i: int, n: int, name: str) -> str:
    return "%s: batch %d of %d" % (name, i, n)


INPUTS = [(1, 10, "train"), (0, 0, "")]
