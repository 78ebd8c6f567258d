# features: builtins.enumerate
# chapter: 7
# expect: ok
# description: enumerate(xs, 1) gives 1-based line numbers
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lines: List[str]) -> List[str]:
    out: List[str] = []
    for i, line in enumerate(lines, 1):
        out.append(str(i) + ": " + line)
    return out


INPUTS = [(["first", "second"],), ([],)]
