# features: classes.enum, calls.helper
# chapter: 5
# expect: ok
# description: a str-valued Enum passed as a parameter to a helper, compared with == and !=, read through .name and .value
import torch
from typing import Any, Dict, List, Optional, Tuple, Union
from enum import Enum


class Split(Enum):
    TRAIN = "train"
    VALID = "valid"
    TEST = "test"


def shard_path(root: str, split: Split, shard: int) -> str:
    if split == Split.TRAIN:
        return root + "/" + split.value + "-" + str(shard).zfill(3)
    elif split != Split.TEST:
        return root + "/" + split.value
    return root + "/" + split.name.lower() + "_final"


def fn(root: str, shard: int) -> List[str]:
    return [shard_path(root, Split.TRAIN, shard), shard_path(root, Split.VALID, shard),
            shard_path(root, Split.TEST, shard)]


INPUTS = [("/data", 7), ("s3", 123)]
