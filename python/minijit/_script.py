"""`minijit.script` and `minijit.CompilationUnit`: from Python functions and source text to
compiled TorchScript functions, as torch.jit.script and torch.jit.CompilationUnit do.

script() reads the function's source with inspect (keeping the real file name and line, so
graph comments point at the user's file), compiles it, and answers the compiler's questions
about free names from the function's closure and globals (see `_resolve_python_value`).
Book chapter 1 walks through it.
"""

import enum
import inspect
import linecache
import math
import sys
import textwrap
import types
import weakref

from . import _minijit

# Plain Python function -> its ScriptFunction, so helpers are compiled once.
_compiled = weakref.WeakKeyDictionary()
# Functions being compiled right now: a name that refers to one of them is a recursive call,
# which we leave to the compiler to reject with upstream's message.
_in_progress = set()
# Python class -> its TorchScript class (a _minijit.Class), so each class compiles once and
# every function that names it sees the same type.
_compiled_classes = weakref.WeakKeyDictionary()
# Qualified name -> Enum class, so Enum values returned from TorchScript become members again.
_enum_classes = {}


class ScriptFunction:
    """A compiled function: `.graph`, `.code`, `.schema`, and callable like the original.

    Arguments may be minijit tensors, numpy arrays, torch tensors, and Python ints, floats,
    bools, strs, None, lists and tuples; they are checked against the signature. Tensors
    come back as minijit Tensors (numpy.asarray works on them).
    """

    def __init__(self, function, python_function=None):
        self._function = function
        self.__name__ = name = function.name
        self.__qualname__ = getattr(python_function, "__qualname__", name)
        self.__doc__ = getattr(python_function, "__doc__", None)
        self.__wrapped__ = python_function
        # As upstream, a function declared to return a NamedTuple returns an instance of it.
        returns = getattr(python_function, "__annotations__", {}).get("return")
        self._result_class = returns if _is_named_tuple_class(returns) else None

    @property
    def name(self):
        return self._function.name

    @property
    def graph(self):
        """The optimized graph; str() prints it exactly as upstream's str(fn.graph)."""
        return self._function.graph

    @property
    def schema(self):
        return self._function.schema

    @property
    def code(self):
        raise NotImplementedError("minijit does not print `.code` yet (the Python printer "
                                  "of src/serialize/ comes in a later issue)")

    def save(self, path):
        raise NotImplementedError("minijit cannot save archives yet")

    def __call__(self, *args, **kwargs):
        result = self._function(*args, **kwargs)
        if self._result_class is not None and isinstance(result, tuple):
            return self._result_class(*result)
        return result

    def __repr__(self):
        return f"<minijit.ScriptFunction {self.name}>"


def script(obj):
    """Compiles a Python function to TorchScript, like torch.jit.script."""
    if isinstance(obj, ScriptFunction):
        return obj
    if isinstance(obj, types.FunctionType):
        cached = _compiled.get(obj)
        if cached is None:
            cached = _compiled[obj] = _script_function(obj)
        return cached
    if isinstance(obj, type) and _is_script_class_candidate(obj) and \
            not issubclass(obj, (BaseException, enum.Enum)) and not _is_named_tuple_class(obj):
        # As torch.jit.script(cls): the class is compiled (errors surface now) and returned.
        _minijit.compile_class(_script_class(obj))
        return obj
    if isinstance(obj, type) or hasattr(obj, "forward"):
        raise NotImplementedError("minijit.script compiles functions and classes only for now "
                                  "(modules come later)")
    raise TypeError(f"minijit.script expects a Python function, got {type(obj).__name__}")


# [book:source-lines]
def _source_lines(fn):
    """fn's source lines and first line number, as inspect.getsourcelines gives them, but
    faster: the file's lines come from linecache, the first line from the code object, and the
    end of the block from `_minijit.block_end`, which scans the function's lines in C++ (their
    brackets, strings and indentation) instead of running the tokenize module over them.
    inspect remains the fallback when the file's lines are not available or the first line
    starts no def."""
    code = fn.__code__
    lines = linecache.getlines(code.co_filename, fn.__globals__)
    first = code.co_firstlineno
    end = _minijit.block_end(lines, first) if lines else 0
    if end:
        return lines[first - 1:end], first
    return inspect.getsourcelines(fn)
# [/book:source-lines]


# [book:script-function]
def _script_function(fn):
    code = fn.__code__
    filename = code.co_filename
    if not filename.endswith(".py"):  # (inspect's answer costs a stat(); .py files need none)
        filename = inspect.getsourcefile(fn) or filename
    # The file's lines, as inspect reads them; a def that starts its line (the usual case)
    # compiles straight from them: C++ finds where it ends and joins its lines.
    lines = linecache.getlines(code.co_filename, fn.__globals__)
    first_line = code.co_firstlineno
    _in_progress.add(fn)
    try:
        function = None
        if first_line <= len(lines) and not lines[first_line - 1][:1].isspace():
            function = _minijit.define_function(lines, first_line, fn.__name__, filename,
                                                _resolver_for(fn))
        if function is None:  # nested (indented), or the line holds no def
            function = _script_general(fn, filename)
    finally:
        _in_progress.discard(fn)
    return ScriptFunction(function, fn)


def _script_general(fn, filename):
    """Any function script() can compile: the source from _source_lines (inspect when the
    file's lines cannot tell), dedented when the def is nested."""
    try:
        lines, first_line = _source_lines(fn)
    except (OSError, TypeError) as error:
        raise OSError(f"minijit.script needs the source of {fn.__qualname__} "
                      f"(functions typed into a REPL have none): {error}") from None
    # Like upstream, a nested function is dedented; its lines keep their file numbers.
    source = "".join(lines)
    column_offset = 0
    if lines[0][:1].isspace():
        source = textwrap.dedent(source)
        # Graph comments count columns in the file, as upstream's do: add the dedent back.
        indent = len(lines[0]) - len(lines[0].lstrip())
        column_offset = indent - (len(source) - len(source.lstrip()))
    unit = _minijit.CompilationUnit()
    unit.define(source, filename, first_line, _resolver_for(fn), column_offset)
    function = unit.find(fn.__name__)
    if function is None:
        raise RuntimeError(f"minijit.script: no `def {fn.__name__}` in the source of {fn.__qualname__}")
    return function
# [/book:script-function]


# [book:resolver-for]
def _resolver_for(fn):
    """The callback that tells the compiler what a free name in `fn` refers to."""
    closure = {}
    if fn.__closure__:
        for name, cell in zip(fn.__code__.co_freevars, fn.__closure__):
            try:
                closure[name] = cell.cell_contents
            except ValueError:  # a cell not yet filled (defined later in the enclosing scope)
                pass
    namespaces = (closure, fn.__globals__)
    return lambda name: _resolve_in(namespaces, name)


def _resolve_in(namespaces, name):
    for namespace in namespaces:
        if name in namespace:
            return _resolve_python_value(namespace[name])
    return None  # unknown here: the compiler tries builtins and its own unit
# [/book:resolver-for]


# Modules that mean TorchScript's builtin modules, by the name they are imported under. The
# minijit package itself stands for torch (`import minijit as torch`).
_BUILTIN_MODULES = {"math": "math", "torch": "torch", "torch.nn.functional": "torch.nn.functional",
                    __package__: "torch"}


def _builtin_module(value):
    """The TorchScript builtin module a Python module object means, or None: `math`, `torch`
    (only if the user imported it; never import it here) or `torch.nn.functional`
    (`import torch.nn.functional as F`), the very objects sys.modules holds under those names."""
    name = getattr(value, "__name__", None)
    builtin = _BUILTIN_MODULES.get(name) if isinstance(name, str) else None
    return builtin if builtin is not None and sys.modules.get(name) is value else None


# [book:resolve-python-value]
def _resolve_python_value(value):
    """What the compiler should make of a Python value named in a scripted function."""
    if isinstance(value, types.ModuleType):
        module = _builtin_module(value)
        return ("module", module) if module else None
    if isinstance(value, ScriptFunction):
        return value._function
    if isinstance(value, types.FunctionType):
        if value in _in_progress or hasattr(value, "_minijit_marker"):
            return None
        return script(value)._function
    builtin = _builtin_operator(value)
    if builtin is not None:
        return builtin
    if isinstance(value, type) and issubclass(value, BaseException):
        # `raise MyError("...")`: the class travels by its qualified name, as upstream's
        # _qualified_name(cls, mangle_name=False) spells it.
        return ("exception", f"{value.__module__}.{value.__qualname__}")
    if _is_named_tuple_class(value):
        return _named_tuple_spec(value)
    if isinstance(value, type) and issubclass(value, enum.Enum):
        return _enum_spec(value)
    if _is_script_class_candidate(value):
        return _script_class(value)
    if isinstance(value, (bool, int, float, str, list, tuple, dict)) or \
            type(value).__name__ in ("dtype", "device"):
        # A global constant: TorchScript does not close over Python values.
        return ("python_value", type(value).__name__)
    return None
# [/book:resolve-python-value]


def _is_named_tuple_class(value):
    return isinstance(value, type) and issubclass(value, tuple) and hasattr(value, "_fields")


def _named_tuple_spec(cls):
    """A NamedTuple class: its qualified name and the source of its class statement, whose
    annotated fields the compiler reads as types (resolved, like the function's, here)."""
    try:
        lines, first_line = inspect.getsourcelines(cls)
    except (OSError, TypeError) as error:
        raise OSError(f"minijit.script needs the source of NamedTuple {cls.__qualname__}: "
                      f"{error}") from None
    filename = inspect.getsourcefile(cls) or "<unknown>"
    # As upstream's _qualified_name: __torch__.<module>.<class>.
    qualified_name = _qualified_name(cls)
    return ("namedtuple", qualified_name, textwrap.dedent("".join(lines)), filename, first_line)


def _qualified_name(cls):
    """As upstream's _qualified_name: __torch__.<module>.<class>, and __torch__.<class> for a
    class of the __main__ module."""
    if cls.__module__ == "__main__":
        return f"__torch__.{cls.__qualname__}"
    return f"__torch__.{cls.__module__}.{cls.__qualname__}"


def _enum_spec(cls):
    """An Enum class: its qualified name and its members' names and values."""
    name = _qualified_name(cls)
    _enum_classes[name] = cls
    return ("enum", name, [(member.name, member.value) for member in cls])


def _is_script_class_candidate(value):
    """A class written in Python that TorchScript compiles: not a builtin, typing or torch type."""
    if not isinstance(value, type):
        return False
    module = getattr(value, "__module__", "") or ""
    package = module.split(".")[0]
    return package not in ("builtins", "typing", "enum", "abc", "torch", "minijit", "numpy")


# [book:script-class]
def _script_class(cls):
    """The TorchScript class for Python class `cls`, compiled from its source (its methods
    compile when a scripted function first uses it; names in them resolve in cls's module)."""
    compiled = _compiled_classes.get(cls)
    if compiled is not None:
        return compiled
    try:
        lines, first_line = inspect.getsourcelines(cls)
    except (OSError, TypeError) as error:
        raise OSError(f"minijit.script needs the source of class {cls.__qualname__}: "
                      f"{error}") from None
    filename = inspect.getsourcefile(cls) or "<unknown>"
    source = textwrap.dedent("".join(lines))
    indent = len(lines[0]) - len(lines[0].lstrip())
    column_offset = indent - (len(source) - len(source.lstrip()))
    module = sys.modules.get(cls.__module__)
    namespaces = (vars(module) if module is not None else {},)
    resolver = lambda name: _resolve_in(namespaces, name)  # noqa: E731
    compiled = _minijit.define_class(_qualified_name(cls), source, filename, first_line,
                                     resolver, column_offset)
    _compiled_classes[cls] = compiled
    return compiled
# [/book:script-class]


def _builtin_operator(value):
    """`from torch import zeros` / `from math import sqrt`: the aten operator they stand for."""
    if not isinstance(value, types.BuiltinFunctionType):
        return None
    name = getattr(value, "__name__", "")
    for module_name in ("torch", "math"):
        module = sys.modules.get(module_name)
        if module is not None and getattr(module, name, None) is value:
            return ("builtin", "aten::" + name)
    return None


class CompilationUnit:
    """Compiles TorchScript source text, like torch.jit.CompilationUnit: each function
    becomes an attribute. Free names are looked up in the caller's globals and locals;
    `torch` and `math` always mean the builtin modules."""

    def __init__(self, lang=None, _frames_up=0):
        self._unit = _minijit.CompilationUnit()
        if lang is not None:
            self.define(lang, _frames_up=_frames_up + 1)

    def define(self, lang, rcb=None, _frames_up=0):
        if rcb is None:
            frame = inspect.currentframe()
            for _ in range(_frames_up + 1):
                frame = frame.f_back
            namespaces = (frame.f_locals, frame.f_globals, _DEFAULT_MODULES)
            del frame
            rcb = lambda name: _resolve_in(namespaces, name)  # noqa: E731
        for function in self._unit.define(lang, "<string>", 1, rcb):
            setattr(self, function.name, ScriptFunction(function))

    def find_function(self, name):
        function = self._unit.find(name)
        return ScriptFunction(function) if function is not None else None


_DEFAULT_MODULES = {"torch": sys.modules[__package__], "math": math}
