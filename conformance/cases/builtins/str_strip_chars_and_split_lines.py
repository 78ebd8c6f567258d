# features: builtins.str.strip, builtins.str.split
# chapter: 7
# expect: ok
# description: strip with an explicit character set, rstrip of newlines, and lstrip, on lines of a vocab file
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(text: str) -> List[str]:
    out: List[str] = []
    for line in text.split("\n"):
        w = line.rstrip("\r").strip(" \t").lstrip("#")
        if w != "":
            out.append(w)
    return out


INPUTS = [("  hello\r\n# world \n\t\n##tok",), ("",)]
