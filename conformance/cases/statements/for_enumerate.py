# features: statements.for_enumerate, builtins.enumerate
# chapter: 5
# expect: ok
# description: enumerate() with a start index to number the non-empty lines of a batch
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(lines: List[str]) -> List[str]:
    out: List[str] = []
    for i, line in enumerate(lines, 1):
        if len(line) > 0:
            out.append(str(i) + ": " + line)
    return out


INPUTS = [(["a", "", "c"],), ([],)]
