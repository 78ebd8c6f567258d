# features: builtins.str.find
# chapter: 7
# expect: ok
# description: find/rfind locate a file extension and the directory part of a path
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(path: str) -> Tuple[str, str, int]:
    slash = path.rfind("/")
    dot = path.rfind(".")
    base = path[slash + 1:]
    ext = path[dot + 1:] if dot > slash else ""
    return base, ext, path.find("/")


INPUTS = [("data/train/img_001.png",), ("README",), ("a.b/c",)]
