# features: expressions.in, types.dict, types.str
# chapter: 5
# expect: ok
# description: `in` on a dict's keys and substring `in` on a str (special-token detection)
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(word: str) -> Tuple[bool, bool, bool]:
    vocab = {"<s>": 0, "</s>": 1, "<pad>": 2}
    return word in vocab, "<" in word, "##" not in word


INPUTS = [("<s>",), ("##ing",), ("hello",)]
