# The conformance suite's shared pieces: finding and importing cases, reading their
# headers, encoding values to and from the golden JSON format, and normalizing graph text
# (source paths, value names) so two implementations' graphs can be compared.
# Used by record.py (writes goldens from upstream) and run.py (checks an adapter against them).
# Depends only on the standard library and numpy; torch is never imported here.

import importlib.util
import json
import math
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

SUITE_DIR = Path(__file__).resolve().parent
CASES_DIR = SUITE_DIR / "cases"
GOLDENS_DIR = SUITE_DIR / "goldens"
REPO_ROOT = SUITE_DIR.parent

CATEGORIES = ["expressions", "statements", "control_flow", "types", "variable_resolution",
              "tensors", "calls", "builtins", "classes", "exceptions", "errors"]


# ---------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------

@dataclass
class Case:
    """One case file plus what its header comments declare about it."""

    category: str
    name: str
    path: Path
    features: list = field(default_factory=list)
    chapters: list = field(default_factory=list)
    expect: str = "ok"            # "ok" or "error"
    phase: str = ""               # for expect: error -> parse | type | runtime
    description: str = ""

    @property
    def id(self):
        return f"{self.category}/{self.name}"

    @property
    def module_name(self):
        # The module name shows up in upstream's `.code` (`__torch__.cases.calls.x.helper`),
        # so it must be the same whoever imports the case.
        return f"cases.{self.category}.{self.name}"

    @property
    def golden_path(self):
        return GOLDENS_DIR / self.category / f"{self.name}.json"

    def has_feature(self, wanted):
        """`control_flow` matches `control_flow.for_range`; a full name matches itself."""
        return any(f == wanted or f.startswith(wanted + ".") for f in self.features)


HEADER_RE = re.compile(r"^#\s*(features|chapter|expect|phase|description)\s*:\s*(.*?)\s*$")


def parse_header(path):
    """Reads the `# key: value` comment lines at the top of a case file."""
    header = {}
    for line in Path(path).read_text().splitlines():
        if not line.startswith("#"):
            break
        match = HEADER_RE.match(line)
        if match:
            header[match.group(1)] = match.group(2)
    return header


def load_case(path):
    path = Path(path).resolve()
    header = parse_header(path)
    # "expect: error   phase: type" may also be written on one line.
    expect_words = header.get("expect", "ok").split()
    phase = header.get("phase", "")
    if len(expect_words) >= 3 and expect_words[1].rstrip(":") == "phase":
        phase = expect_words[2]
    return Case(
        category=path.parent.name,
        name=path.stem,
        path=path,
        features=[f.strip() for f in header.get("features", "").split(",") if f.strip()],
        chapters=[int(c) for c in re.findall(r"\d+", header.get("chapter", ""))],
        expect=expect_words[0] if expect_words else "ok",
        phase=phase,
        description=header.get("description", ""),
    )


def discover_cases(selectors=()):
    """All cases, sorted by category order then name; `selectors` narrows them to the
    cases named as `category/name`, `name`, or a path to the file."""
    paths = sorted(CASES_DIR.glob("*/*.py"),
                   key=lambda p: (_category_rank(p.parent.name), p.stem))
    cases = [load_case(p) for p in paths]
    if not selectors:
        return cases
    chosen = []
    for selector in selectors:
        matches = [c for c in cases if _selector_matches(selector, c)]
        if not matches:
            raise SystemExit(f"no case matches {selector!r}")
        chosen.extend(m for m in matches if m not in chosen)
    return chosen


def _category_rank(category):
    return CATEGORIES.index(category) if category in CATEGORIES else len(CATEGORIES)


def _selector_matches(selector, case):
    selector = selector.rstrip("/")
    if selector.endswith(".py"):
        return Path(selector).resolve() == case.path
    return selector in (case.id, case.name, case.category)


def import_case(case):
    """Imports the case file as a normal Python module (upstream reads function sources
    through `inspect`, so the module must be registered in sys.modules)."""
    spec = importlib.util.spec_from_file_location(case.module_name, str(case.path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[case.module_name] = module
    spec.loader.exec_module(module)
    return module


# ---------------------------------------------------------------------------------------
# Values <-> golden JSON
# ---------------------------------------------------------------------------------------
# Every value is a one-key object naming its kind:
#   {"tensor": {"dtype": "float32", "shape": [2, 3], "data": [...flat, row-major...]}}
#   {"int": 3}  {"float": 0.5}  {"bool": true}  {"str": "a"}  {"none": null}
#   {"tuple": [...]}  {"list": [...]}
# Floats that JSON cannot hold (nan, inf) are written as the strings "nan", "inf", "-inf".

def encode_float(x):
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def decode_float(x):
    return float(x) if isinstance(x, str) else x


def encode_array(array):
    """A numpy array (the common form of every implementation's tensors) to JSON."""
    array = np.asarray(array)
    dtype = array.dtype.name
    flat = array.reshape(-1).tolist()
    if array.dtype.kind == "f":
        flat = [encode_float(x) for x in flat]
    return {"tensor": {"dtype": dtype, "shape": list(array.shape), "data": flat}}


def decode_array(encoded):
    t = encoded["tensor"]
    dtype = np.dtype(t["dtype"])
    data = t["data"]
    if dtype.kind == "f":
        data = [decode_float(x) for x in data]
    return np.array(data, dtype=dtype).reshape(t["shape"])


def encode_value(value, tensor_to_numpy=None):
    """Python/numpy value to JSON. `tensor_to_numpy` converts an implementation's tensor
    type (e.g. torch.Tensor) to numpy; it is asked about any object it recognizes."""
    if tensor_to_numpy is not None:
        array = tensor_to_numpy(value)
        if array is not None:
            return encode_array(array)
    # bool before int: bool is a subclass of int in Python.
    if isinstance(value, bool):
        return {"bool": value}
    if isinstance(value, int):
        return {"int": value}
    if isinstance(value, float):
        return {"float": encode_float(value)}
    if isinstance(value, str):
        return {"str": value}
    if value is None:
        return {"none": None}
    if isinstance(value, np.ndarray):
        return encode_array(value)
    if isinstance(value, tuple):
        return {"tuple": [encode_value(v, tensor_to_numpy) for v in value]}
    if isinstance(value, list):
        return {"list": [encode_value(v, tensor_to_numpy) for v in value]}
    raise TypeError(f"cannot encode a value of type {type(value).__name__}")


def decode_value(encoded):
    """JSON to the values adapters receive: numpy arrays for tensors, python otherwise."""
    (kind, payload), = encoded.items()
    if kind == "tensor":
        return decode_array(encoded)
    if kind == "float":
        return decode_float(payload)
    if kind in ("int", "bool", "str"):
        return payload
    if kind == "none":
        return None
    if kind == "tuple":
        return tuple(decode_value(v) for v in payload)
    if kind == "list":
        return [decode_value(v) for v in payload]
    raise ValueError(f"unknown value kind {kind!r}")


def compare_values(expected, actual, rtol=1e-5, atol=1e-6):
    """Compares two encoded values; returns None when they agree, else a short reason."""
    (kind_e, e), = expected.items()
    (kind_a, a), = actual.items()
    if kind_e != kind_a:
        return f"expected a {kind_e}, got a {kind_a}"
    if kind_e == "tensor":
        return _compare_tensors(e, a, rtol, atol)
    if kind_e in ("tuple", "list"):
        if len(e) != len(a):
            return f"expected {kind_e} of length {len(e)}, got {len(a)}"
        for i, (ve, va) in enumerate(zip(e, a)):
            reason = compare_values(ve, va, rtol, atol)
            if reason:
                return f"[{i}]: {reason}"
        return None
    if kind_e == "float":
        if _floats_close(decode_float(e), decode_float(a), rtol, atol):
            return None
        return f"expected {e!r}, got {a!r}"
    return None if e == a else f"expected {e!r}, got {a!r}"


def _floats_close(e, a, rtol, atol):
    if math.isnan(e) or math.isnan(a):
        return math.isnan(e) and math.isnan(a)
    if math.isinf(e) or math.isinf(a):
        return e == a
    return abs(e - a) <= atol + rtol * abs(e)


def _compare_tensors(e, a, rtol, atol):
    if e["dtype"] != a["dtype"]:
        return f"expected dtype {e['dtype']}, got {a['dtype']}"
    if e["shape"] != a["shape"]:
        return f"expected shape {e['shape']}, got {a['shape']}"
    if np.dtype(e["dtype"]).kind == "f":
        for i, (ve, va) in enumerate(zip(e["data"], a["data"])):
            if not _floats_close(decode_float(ve), decode_float(va), rtol, atol):
                return f"element {i}: expected {ve!r}, got {va!r}"
        return None
    for i, (ve, va) in enumerate(zip(e["data"], a["data"])):
        if ve != va:
            return f"element {i}: expected {ve!r}, got {va!r}"
    return None


# ---------------------------------------------------------------------------------------
# Text normalization
# ---------------------------------------------------------------------------------------

def first_line(message):
    """The first non-empty line of an error message, stripped."""
    for line in str(message).splitlines():
        if line.strip():
            return line.strip()
    return ""


def normalize_paths(text, case_file_name):
    """Rewrites every source comment `# <path>:line:col` whose path ends with the case
    file's name to `# <case>:line:col`, and every other mention of such a path (in
    error messages: `File "<path>", line 3`) to `<case>`, so text does not depend on
    where the repository lives."""
    name = re.escape(case_file_name)
    text = re.sub(r"(#\s)(?:[^\s#]*[/\\])?" + name + r"(?=:\d+:\d+)", r"\1<case>", text)
    text = re.sub(r"(?<=\")(?:[^\"\n]*[/\\])?" + name + r"(?=\")", "<case>", text)
    return text


VALUE_NAME_RE = re.compile(r"%[A-Za-z0-9_.]*[A-Za-z0-9_]")


def canonicalize_graph(text):
    """Renames every `%name` to `%v0, %v1, ...` in order of first appearance, so graphs
    that differ only in value names (`%x.1` vs `%x.3`, `%26` vs `%12`) compare equal."""
    names = {}

    def rename(match):
        name = match.group(0)
        if name not in names:
            names[name] = f"%v{len(names)}"
        return names[name]

    return VALUE_NAME_RE.sub(rename, text)


# ---------------------------------------------------------------------------------------
# Goldens
# ---------------------------------------------------------------------------------------

def write_golden(case, golden):
    case.golden_path.parent.mkdir(parents=True, exist_ok=True)
    case.golden_path.write_text(dump_json(golden) + "\n")


def dump_json(value, indent=""):
    """JSON with one key per line but every value that fits (a tensor's shape and data,
    a scalar) kept on one line, so goldens stay short and diff well."""
    inline = json.dumps(value, ensure_ascii=False)
    if not isinstance(value, (dict, list)) or len(inline) <= 100 or _all_scalars(value):
        return inline
    inner = indent + "  "
    if isinstance(value, list):
        items = [inner + dump_json(v, inner) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + indent + "]"
    items = [f"{inner}{json.dumps(k)}: {dump_json(v, inner)}" for k, v in value.items()]
    return "{\n" + ",\n".join(items) + "\n" + indent + "}"


def _all_scalars(value):
    return isinstance(value, list) and all(not isinstance(v, (dict, list)) for v in value)


def read_golden(case):
    if not case.golden_path.exists():
        return None
    return json.loads(case.golden_path.read_text())
