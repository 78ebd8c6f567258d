# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: strip/lstrip/rstrip with and without a character set (cleaning a subword)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(s: str) -> Tuple[str, str, str, str]:
    return s.strip(), s.lstrip(), s.rstrip(), s.strip(" #")


INPUTS = [("  ##ing  ",), ("",), ("x",)]
