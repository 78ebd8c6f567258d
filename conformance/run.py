#!/usr/bin/python3
# The conformance runner: checks one implementation, reached through an adapter in
# conformance/adapters/<name>.py, against the goldens recorded from upstream PyTorch, and
# prints a per-category table, totals and the list of failures.
# Usage: /usr/bin/python3 conformance/run.py [--adapter minijit] [--feature F] [--chapter N]
#            [--category C] [--report FILE] [--strict error|code] [--expected-failures FILE]
#            [-v] [case...]
# Exit status: 0 when every compile/output/graph/canonical check passes or is an expected
# failure, 1 otherwise, 2 when the adapter cannot be loaded.

import argparse
import importlib.util
import sys
from dataclasses import dataclass, field
from pathlib import Path

import suite

ADAPTERS_DIR = suite.SUITE_DIR / "adapters"
EXPECTED_FAILURES_FILE = suite.SUITE_DIR / "expected_failures.txt"

# The checks, in table order. The first four decide the exit status; the last two are
# reported but only fail the run when named with --strict.
CHECKS = ["compile", "output", "graph", "canonical", "error", "code"]
GATING_CHECKS = {"compile", "output", "graph", "canonical"}
COLUMN_TITLES = {
    "compile": "compile agree",
    "output": "outputs match",
    "graph": "graph exact",
    "canonical": "graph canonical",
    "error": "error line",
    "code": "code exact",
}

PASS, FAIL, SKIP = "pass", "fail", "skip"   # skip: could not run because an earlier check failed


@dataclass
class CaseResult:
    case: suite.Case
    status: dict = field(default_factory=dict)    # check -> PASS | FAIL | SKIP; absent: n/a
    reasons: dict = field(default_factory=dict)   # check -> why it failed


# ---------------------------------------------------------------------------------------
# Adapters and expected failures
# ---------------------------------------------------------------------------------------

def load_adapter(name):
    path = ADAPTERS_DIR / f"{name}.py"
    if not path.exists():
        raise SystemExit(f"no adapter {name!r}: expected {path}")
    # A private module name: the torch adapter is `torch.py` and must not shadow torch.
    spec = importlib.util.spec_from_file_location(f"conformance_adapter_{name}", str(path))
    adapter = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(adapter)
    for required in ("CompileError", "compile", "graph", "call"):
        if not hasattr(adapter, required):
            raise SystemExit(f"adapter {name!r} lacks {required!r}")
    return adapter


def load_expected_failures(path=EXPECTED_FAILURES_FILE):
    """Lines `category/name  check  reason`; '#' starts a comment. -> {(id, check): reason}"""
    expected = {}
    if not Path(path).exists():
        return expected
    for number, line in enumerate(Path(path).read_text().splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split(None, 2)
        if len(parts) < 2 or parts[1] not in CHECKS:
            raise SystemExit(f"{path}:{number}: expected `category/name  check  reason` "
                             f"with check one of {', '.join(CHECKS)}")
        expected[(parts[0], parts[1])] = parts[2] if len(parts) > 2 else ""
    return expected


# ---------------------------------------------------------------------------------------
# Checking one case
# ---------------------------------------------------------------------------------------

def check_case(case, golden, adapter):
    result = CaseResult(case)
    if golden is None:
        result.status["compile"] = FAIL
        result.reasons["compile"] = "no golden: run /usr/bin/python3 conformance/record.py"
        return result

    module = suite.import_case(case)
    handle, compile_message = None, None
    try:
        handle = adapter.compile(str(case.path), module)
    except Exception as error:  # CompileError, or the adapter crashing: both are a rejection
        compile_message = suite.normalize_paths(str(error), case.path.name)
        if not isinstance(error, adapter.CompileError):
            compile_message = f"{type(error).__name__}: {compile_message}"

    compiled = handle is not None
    if golden["compiles"]:
        _check_compiled(result, golden, adapter, handle, compile_message)
    else:
        _check_rejected(result, golden, compiled, compile_message)
    return result


def _check_rejected(result, golden, compiled, compile_message):
    expected_line = golden["error_first_line"]
    if compiled:
        _fail(result, "compile", f"upstream rejects it ({expected_line}); the implementation compiled it")
        result.status["error"] = SKIP
        return
    result.status["compile"] = PASS
    actual_line = suite.first_line(compile_message)
    if actual_line == expected_line:
        result.status["error"] = PASS
    else:
        _fail(result, "error", f"expected {expected_line!r}, got {actual_line!r}")


def _check_compiled(result, golden, adapter, handle, compile_message):
    checks = ["output", "graph", "canonical"] + (["code"] if hasattr(adapter, "code") else [])
    if handle is None:
        _fail(result, "compile", f"upstream compiles it; the implementation rejects it: "
                                 f"{suite.first_line(compile_message)}")
        for check in checks:
            result.status[check] = SKIP
        return
    result.status["compile"] = PASS
    case_file = result.case.path.name

    graph = _ask(result, "graph", lambda: suite.normalize_paths(adapter.graph(handle), case_file))
    if graph is not None:
        _compare_text(result, "graph", golden["graph"], graph)
        _compare_text(result, "canonical", suite.canonicalize_graph(golden["graph"]),
                      suite.canonicalize_graph(graph))
    else:
        result.status["canonical"] = SKIP
    if "code" in checks:
        try:
            code = _ask(result, "code", lambda: suite.normalize_paths(adapter.code(handle), case_file))
            if code is not None:
                _compare_text(result, "code", golden["code"], code)
        except NotImplementedError:
            pass  # the implementation does not print code (yet): the check does not apply
    _check_outputs(result, golden, adapter, handle)


def _check_outputs(result, golden, adapter, handle):
    for index, run in enumerate(golden["runs"]):
        args = tuple(suite.decode_value(v) for v in run["inputs"])
        try:
            actual = {"output": suite.encode_value(adapter.call(handle, args))}
        except Exception as error:
            actual = {"error": f"{type(error).__name__}: {suite.first_line(error)}"}
        reason = _compare_run(run, actual)
        if reason:
            _fail(result, "output", f"input {index}: {reason}")
            return
    result.status["output"] = PASS


def _compare_run(expected, actual):
    if "error" in expected:
        if "error" in actual:
            return None
        return f"upstream raises {expected['error']['type']} ({expected['error']['last_line']}); " \
               f"the implementation returned a value"
    if "error" in actual:
        return f"upstream returns a value; the implementation raised {actual['error']}"
    return suite.compare_values(expected["output"], actual["output"])


def _ask(result, check, question):
    """Runs one adapter query; a crash fails the check instead of the whole run."""
    try:
        return question()
    except NotImplementedError:
        raise
    except Exception as error:
        _fail(result, check, f"adapter raised {type(error).__name__}: {suite.first_line(error)}")
        return None


def _compare_text(result, check, expected, actual):
    if expected == actual:
        result.status[check] = PASS
    else:
        _fail(result, check, _first_difference(expected, actual))


def _first_difference(expected, actual):
    e_lines, a_lines = expected.splitlines(), actual.splitlines()
    for number, (e, a) in enumerate(zip(e_lines, a_lines), 1):
        if e != a:
            return f"line {number}: expected {e.strip()!r}, got {a.strip()!r}"
    if len(e_lines) != len(a_lines):
        return f"expected {len(e_lines)} lines, got {len(a_lines)}"
    return "texts differ in line endings or trailing whitespace"


def _fail(result, check, reason):
    result.status[check] = FAIL
    result.reasons[check] = reason


# ---------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------

def _cell(results, check):
    applicable = [r for r in results if check in r.status]
    if not applicable:
        return "-"
    passed = sum(r.status[check] == PASS for r in applicable)
    return f"{passed}/{len(applicable)} ({100.0 * passed / len(applicable):.0f}%)"


def format_table(results, adapter_name):
    header = ["category", "cases"] + [COLUMN_TITLES[c] for c in CHECKS]
    rows = []
    categories = sorted({r.case.category for r in results}, key=suite._category_rank)
    for category in categories:
        group = [r for r in results if r.case.category == category]
        rows.append([category, str(len(group))] + [_cell(group, c) for c in CHECKS])
    rows.append(["total", str(len(results))] + [_cell(results, c) for c in CHECKS])
    widths = [max(len(row[i]) for row in [header] + rows) for i in range(len(header))]

    def line(row):
        return "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip()

    lines = [f"conformance against upstream goldens, adapter: {adapter_name}", "",
             line(header), line(["-" * w for w in widths])]
    lines += [line(row) for row in rows[:-1]]
    lines += [line(["-" * w for w in widths]), line(rows[-1])]
    return "\n".join(lines)


def classify(results, expected_failures, gating):
    """Splits every failed or passing-but-expected check into the report's lists."""
    unexpected, expected, surprising_passes = [], [], []
    for r in results:
        for check, status in r.status.items():
            key = (r.case.id, check)
            if status == FAIL and key in expected_failures:
                expected.append((r.case.id, check, expected_failures[key] or r.reasons[check]))
            elif status == FAIL:
                unexpected.append((r.case.id, check, r.reasons[check]))
            elif status == PASS and key in expected_failures:
                surprising_passes.append((r.case.id, check, expected_failures[key]))
    blocking = [u for u in unexpected if u[1] in gating]
    informational = [u for u in unexpected if u[1] not in gating]
    return blocking, informational, expected, surprising_passes


def format_failures(blocking, informational, expected, surprising_passes):
    lines = []
    sections = [
        ("FAILURES", blocking),
        ("differences reported but not failing the run (use --strict to fail on them)", informational),
        ("expected failures (conformance/expected_failures.txt)", expected),
        ("WARNING unexpectedly passing: remove these from expected_failures.txt", surprising_passes),
    ]
    for title, items in sections:
        if not items:
            continue
        lines += ["", f"{title}: {len(items)}"]
        lines += [f"  {case_id:<40} {check:<10} {reason}" for case_id, check, reason in items]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------

def select_cases(args):
    cases = suite.discover_cases(args.cases)
    if args.category:
        cases = [c for c in cases if c.category == args.category]
    if args.feature:
        cases = [c for c in cases if c.has_feature(args.feature)]
    if args.chapter is not None:
        cases = [c for c in cases if args.chapter in c.chapters]
    return cases


def main(argv=None):
    parser = argparse.ArgumentParser(description="Check an implementation against upstream goldens.")
    parser.add_argument("cases", nargs="*", help="category/name, name, category or path")
    parser.add_argument("--adapter", default="minijit", help="adapter in conformance/adapters/ (default minijit)")
    parser.add_argument("--feature", help="only cases with this feature (prefix before a dot matches)")
    parser.add_argument("--chapter", type=int, help="only cases of this book chapter")
    parser.add_argument("--category", help="only cases of this category")
    parser.add_argument("--report", help="also write the table and failures to this file")
    parser.add_argument("--strict", action="append", default=[], choices=["error", "code"],
                        help="also fail the run on error-line or code differences")
    parser.add_argument("--expected-failures", metavar="FILE",
                        help="expected failures list (default: conformance/expected_failures.txt "
                             "for the minijit adapter, none for others)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print one line per case")
    args = parser.parse_args(argv)

    try:
        adapter = load_adapter(args.adapter)
    except ImportError as error:
        print(f"cannot load adapter {args.adapter!r}: {error}", file=sys.stderr)
        return 2
    # The expected-failures list describes minijit; upstream checking itself expects none.
    expected_failures_file = args.expected_failures or (
        EXPECTED_FAILURES_FILE if args.adapter == "minijit" else None)
    expected_failures = load_expected_failures(expected_failures_file) if expected_failures_file else {}
    cases = select_cases(args)
    if not cases:
        print("no cases selected")
        return 1

    results = []
    for case in cases:
        result = check_case(case, suite.read_golden(case), adapter)
        results.append(result)
        if args.verbose:
            marks = " ".join(f"{c}={result.status[c]}" for c in CHECKS if c in result.status)
            print(f"{case.id:<40} {marks}")

    gating = GATING_CHECKS | set(args.strict)
    blocking, informational, expected, surprising = classify(results, expected_failures, gating)
    report = format_table(results, args.adapter) + "\n" + format_failures(blocking, informational, expected, surprising)
    summary = (f"\n\n{len(blocking)} unexpected failure(s), {len(expected)} expected, "
               f"{len(surprising)} unexpectedly passing")
    print(report + summary)
    if args.report:
        Path(args.report).write_text(report + summary + "\n")
    return 1 if blocking else 0


if __name__ == "__main__":
    sys.exit(main())
