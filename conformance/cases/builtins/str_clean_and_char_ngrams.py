# features: builtins.str_methods, builtins.ord_chr
# chapter: 5
# expect: ok
# description: text normalisation helpers: strip/lower/replace/isalnum filtering, then character trigrams with boundary marks
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def normalize(s: str) -> str:
    s = s.strip().lower().replace("-", " ")
    out = ""
    for ch in s:
        if ch.isalnum() or ch == " ":
            out += ch
    return " ".join(out.split())


def fn(text: str, n: int) -> Tuple[str, List[str], int]:
    norm = normalize(text)
    grams: List[str] = []
    for w in norm.split(" "):
        padded = "<" + w + ">"
        for i in range(len(padded) - n + 1):
            grams.append(padded[i:i + n])
    checksum = 0
    for ch in norm:
        checksum = (checksum * 31 + ord(ch)) % 1000003
    return norm, grams, checksum


INPUTS = [("  Well-Known  DATA!! ", 3), ("a", 3)]
