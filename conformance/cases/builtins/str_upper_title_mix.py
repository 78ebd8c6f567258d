# features: builtins.str.case
# chapter: 7
# expect: ok
# description: upper/lower/capitalize build a display name from a snake_case identifier
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ident: str) -> str:
    parts = ident.split("_")
    out: List[str] = []
    for i, p in enumerate(parts):
        out.append(p.upper() if i == 0 and len(p) <= 3 else p.capitalize())
    return " ".join(out)


INPUTS = [("gpt_small_model",), ("transformer_XL",), ("",)]
