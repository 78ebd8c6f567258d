# features: exceptions.runtime, builtins.str.find
# chapter: 7
# expect: error
# phase: runtime
# description: str.index raises when the substring is absent, unlike str.find which returns -1
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str, sub: str) -> Tuple[int, int]:
    return s.find(sub), s.index(sub)


INPUTS = [("key=value", "="), ("novalue", "=")]
