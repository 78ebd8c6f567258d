# features: expr.percent_format
# chapter: 5
# expect: ok
# description: "%d/%d %s" % (...) progress string with ints and a str
import torch
from typing import Any, Dict, List, Optional, Tuple, Union


def fn(done: int, total: int, tag: str) -> str:
    return "%d/%d %s (%s)" % (done, total, tag, total - done)


INPUTS = [(3, 10, "epoch"), (10, 10, "done")]
