# torch.tensor(nested lists) in scripted code, against upstream: shape, dtype as TorchScript
# types it (an empty int list stays int64), a dtype argument, and the error for ragged lists.
# Run: PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests/test_tensor_literals.py
from typing import List

import numpy as np
import pytest

import minijit

torch = pytest.importorskip("torch")


def from_lists(a: List[List[float]], b: List[int], c: List[bool]):
    return torch.tensor(a), torch.tensor(b), torch.tensor(c), torch.tensor(a, dtype=torch.float64)


@pytest.mark.parametrize("args", [
    ([[1.0, 2.0], [3.0, 4.5]], [1, 2 ** 60], [True, False]),
    ([[]], [], []),
])
def test_matches_upstream(args):
    mine = minijit.script(from_lists)(*args)
    theirs = torch.jit.script(from_lists)(*args)
    for m, t in zip(mine, theirs):
        assert np.asarray(m).dtype == t.numpy().dtype
        np.testing.assert_array_equal(np.asarray(m), t.numpy())


def test_ragged_lists_raise_as_upstream():
    with pytest.raises(RuntimeError, match=r"Expected sequence of length 1 at dim 1 \(got 2\)"):
        minijit.script(from_lists)([[1.0], [2.0, 3.0]], [], [])


def list_index(x: torch.Tensor) -> torch.Tensor:
    return x[[0, 2]]


def test_list_index_matches_upstream():
    mine, theirs = minijit.script(list_index), torch.jit.script(list_index)
    assert str(mine.graph) == str(theirs.graph)
    x = torch.arange(12.0).reshape(4, 3)
    np.testing.assert_array_equal(np.asarray(mine(x)), theirs(x).numpy())
