# features: types.dict, builtins.str.join
# chapter: 4
# expect: ok
# description: decodes ids to a string through a Dict[int, str] vocabulary, unknown ids become <unk>
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(ids: List[int]) -> str:
    vocab: Dict[int, str] = {0: "<pad>", 1: "hello", 2: "world", 3: "!"}
    words: List[str] = []
    for i in ids:
        if i == 0:
            continue
        if i in vocab:
            words.append(vocab[i])
        else:
            words.append("<unk>")
    return " ".join(words)


INPUTS = [([1, 2, 3, 0, 0],), ([9, 1],), ([],)]
