"""The decorators `minijit.ignore`, `minijit.unused` and `minijit.export`, as in torch.jit.

For now they only mark the function (the attribute `_minijit_marker`), so that code written
for torch.jit imports and runs; the compiler does not act on the marks yet.
"""


def _mark(fn, marker):
    fn._minijit_marker = marker
    return fn


def ignore(drop=False, **kwargs):
    """Leave a function to Python (upstream calls back into Python; minijit will)."""
    if callable(drop):  # used bare: @minijit.ignore
        return _mark(drop, "ignore")
    return lambda fn: _mark(fn, "unused" if drop else "ignore")


def unused(fn):
    """Replace a function by one that raises if it is ever called from script."""
    return _mark(fn, "unused")


def export(fn):
    """Compile a module method even though forward() does not call it."""
    return _mark(fn, "export")
