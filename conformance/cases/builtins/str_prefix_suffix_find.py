# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: startswith/endswith/find/rfind/replace on WordPiece tokens
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tok: str) -> Tuple[bool, bool, int, int, str]:
    return tok.startswith("##"), tok.endswith("ing"), tok.find("n"), tok.rfind("n"), tok.replace("##", "")


INPUTS = [("##running",), ("cat",), ("",)]
