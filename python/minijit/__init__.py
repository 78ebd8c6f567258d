"""minijit: a readable reimplementation of TorchScript, used like `torch.jit`.

    import minijit
    @minijit.script
    def foo(n: int) -> torch.Tensor: ...
    print(foo.graph); print(foo(3))

`import minijit as torch` also serves code written against torch (`torch.Tensor`,
`torch.jit.script`). The engine is the C++ extension `_minijit`; this package adds the
Python-facing parts: reading a function's source, resolving its globals, converting values.
"""

from typing import Final  # noqa: F401  (upstream code writes `torch.jit.Final` / `Final`)

from ._minijit import CompilationError, ScriptObject, Tensor  # noqa: F401
from ._markers import export, ignore, unused  # noqa: F401
from ._script import CompilationUnit, ScriptFunction, script  # noqa: F401
from ._tensor import tensor  # noqa: F401


def trace(*args, **kwargs):
    raise NotImplementedError("minijit.trace is not implemented yet")


def save(*args, **kwargs):
    raise NotImplementedError("minijit.save is not implemented yet (archives come later)")


def load(*args, **kwargs):
    raise NotImplementedError("minijit.load is not implemented yet (archives come later)")


# `import minijit as torch` + `@torch.jit.script`: minijit is its own `jit` namespace.
import sys as _sys  # noqa: E402

jit = _sys.modules[__name__]

__all__ = ["script", "CompilationUnit", "ScriptFunction", "ScriptObject", "CompilationError",
           "Tensor", "tensor",
           "ignore", "unused", "export", "Final", "trace", "save", "load"]
