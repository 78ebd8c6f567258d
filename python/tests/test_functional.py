# torch.nn.functional's Python functions are scripted functions upstream, called through
# prim::CallFunction; minijit's own versions (src/frontend/functional.cpp) must give the
# caller the same graph and the same results, in place or not.
# Run: PYTHONPATH=build/python /usr/bin/python3 -m pytest python/tests/test_functional.py
import numpy as np
import pytest

import minijit

torch = pytest.importorskip("torch")
F = torch.nn.functional


def activations(x: torch.Tensor) -> torch.Tensor:
    return (F.relu(x) + F.relu6(x * 4.0) + F.leaky_relu(x, 0.2) + F.elu(x) + F.silu(x)
            + F.hardswish(x) + F.hardsigmoid(x))


def in_place(x: torch.Tensor) -> torch.Tensor:
    y = x.clone()
    F.relu(y, inplace=True)
    z = x.clone()
    F.leaky_relu(z, 0.1, True)
    w = x.clone()
    F.elu(w, inplace=True)
    return y + z + w


def softmaxes(x: torch.Tensor) -> torch.Tensor:
    return F.softmax(x, dim=1) + F.log_softmax(x, 0) + F.softmax(x)


def normalized(x: torch.Tensor) -> torch.Tensor:
    return F.layer_norm(x, [3]) + F.dropout(x, 0.3, training=False)


@pytest.mark.parametrize("fn", [activations, in_place, softmaxes, normalized])
def test_graph_and_values_match_upstream(fn):
    x = torch.tensor([[-1.5, 0.25, 2.0], [0.5, -0.1, 3.0]])
    mine, theirs = minijit.script(fn), torch.jit.script(fn)
    assert str(mine.graph) == str(theirs.graph)
    np.testing.assert_allclose(np.asarray(mine(x)), theirs(x).numpy(), rtol=1e-6, atol=1e-6)


def bad_dropout(x: torch.Tensor) -> torch.Tensor:
    return F.dropout(x, 1.5)


def test_dropout_rejects_bad_probability_as_upstream():
    x = torch.ones(2)
    with pytest.raises(Exception) as theirs:
        torch.jit.script(bad_dropout)(x)
    with pytest.raises(RuntimeError) as mine:
        minijit.script(bad_dropout)(x)
    assert "dropout probability has to be between 0 and 1, but got 1.5" in str(theirs.value)
    assert "dropout probability has to be between 0 and 1, but got 1.5" in str(mine.value)
