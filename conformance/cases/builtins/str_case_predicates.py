# features: builtins.str_methods
# chapter: 7
# expect: ok
# description: lower/upper/isdigit/isalpha/isspace/isupper for a token-type classifier
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(tok: str) -> Tuple[str, str, bool, bool, bool, bool]:
    return tok.lower(), tok.upper(), tok.isdigit(), tok.isalpha(), tok.isspace(), tok.isupper()


INPUTS = [("Hello",), ("2024",), ("  ",), ("ABC",), ("",)]
