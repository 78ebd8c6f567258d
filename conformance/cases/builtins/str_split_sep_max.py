# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: split with an explicit separator (empty fields kept) and a maxsplit
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(line: str) -> Tuple[List[str], List[str]]:
    return line.split(","), line.split("=", 1)


INPUTS = [("a,,b=c=d",), ("",)]
