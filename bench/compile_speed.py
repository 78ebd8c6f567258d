#!/usr/bin/env python3
"""Compile speed, side by side (issue 4, must-show 2): how long scripting a ~150-line function
takes in minijit and in upstream torch.jit.script, measured in one process.

The function is generated deterministically (fixed templates, fixed constants): ten blocks of
shape arithmetic, if/else, for and while loops, int/float/tensor arithmetic, list appends and
len(), and a call to a scripted helper (which both compilers compile recursively and inline).
It is written to a temporary .py file; each repetition imports that file under a fresh module
name, so neither side's per-function cache can help, then times `torch.jit.script(mod.fn)` and
`minijit.script(mod.fn)`. Also times the string frontends (torch.jit.CompilationUnit vs
minijit.CompilationUnit) and checks that the two graphs print the same text.

Usage (from the repository root, after building):
    PYTHONPATH=build/python /usr/bin/python3 bench/compile_speed.py [--reps 15]
    /usr/bin/python3 bench/compile_speed.py --emit FILE   # writes the bare TorchScript source
                                                          # (what BM_CompileFunction compiles)
"""
import argparse, importlib.util, inspect, os, statistics, sys, tempfile, time

HELPER = '''def helper(x: torch.Tensor, scale: float, k: int) -> torch.Tensor:
    y = x * scale
    for i in range(k):
        y = y + float(i)
    if k > 2:
        y = torch.relu(y)
    return y

'''

# One block of the main function, about 14 lines; {i} numbers the block, the rest are constants.
BLOCK = '''    # block {i}: shape arithmetic, a branch, loops and a helper call
    s{i} = n * {a} + {b}
    if s{i} % {c} == 0:
        acc = acc + s{i} // {c}
        total = total + alpha * {f}
    else:
        acc = acc - {d}
        total = total - alpha / {f2}
    for j in range({k}):
        sizes.append(acc + j)
        x = x * {f3} + float(j)
    x = helper(x, total, {k2})
    while acc > {big}:
        acc = acc // 2
    t{i} = torch.relu(x - {f4})
    if len(sizes) > {m}:
        x = x + t{i}.sum()
'''

MAIN_HEAD = '''def fn(x: torch.Tensor, n: int, alpha: float) -> torch.Tensor:
    sizes = [n]
    acc = 0
    total = 0.0
'''

MAIN_TAIL = '''    out = x * total + float(acc)
    return out + float(len(sizes))
'''


def generate_source(blocks=8):
    """The TorchScript source (no imports): a helper and the ~150-line function `fn`."""
    parts = [HELPER, MAIN_HEAD]
    for i in range(blocks):
        parts.append(BLOCK.format(i=i, a=i % 3 + 1, b=i * 7 % 11, c=i % 4 + 2, f=0.5 + i / 4,
                                  d=i + 1, f2=1.5 + i, k=i % 3 + 1, f3=1.0 - i / 64, k2=i % 4 + 1,
                                  big=1000 + 100 * i, f4=0.25 * i, m=4 + 2 * i))
    parts.append(MAIN_TAIL)
    return "".join(parts)


def load_fresh(path, counter=[0]):
    """Imports `path` as a module with a name never used before (fresh function objects)."""
    counter[0] += 1
    name = f"_compile_speed_{os.getpid()}_{counter[0]}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--emit", help="write the bare TorchScript source to this file and exit")
    args = parser.parse_args()
    source = generate_source()
    if args.emit:
        with open(args.emit, "w") as f:
            f.write(source)
        return 0

    import torch
    import minijit

    fd, path = tempfile.mkstemp(suffix=".py", prefix="compile_speed_")
    with os.fdopen(fd, "w") as f:
        f.write("import torch\n\n" + source)
    lines = source.count("\n")
    fn_lines = source.count("\n", source.index("def fn"))
    try:
        # warm-up: first calls import lazily on both sides (torch's frontend, minijit's catalogue)
        torch.jit.script(load_fresh(path).fn)
        minijit.script(load_fresh(path).fn)
        torch.jit.CompilationUnit(source)
        minijit.CompilationUnit(source)

        upstream, mine, upstream_cu, mine_cu, getsource = [], [], [], [], []
        for _ in range(args.reps):  # interleaved, so load changes hit both sides alike
            fresh = load_fresh(path)  # imported outside the timed region
            t, theirs = timed(lambda: torch.jit.script(fresh.fn))
            upstream.append(t)
            fresh = load_fresh(path)
            t, ours = timed(lambda: minijit.script(fresh.fn))
            mine.append(t)
            upstream_cu.append(timed(lambda: torch.jit.CompilationUnit(source))[0])
            mine_cu.append(timed(lambda: minijit.CompilationUnit(source))[0])
            fresh = load_fresh(path)  # what torch.jit.script spends finding the source text
            getsource.append(timed(lambda: (inspect.getsourcelines(fresh.fn),
                                            inspect.getsourcelines(fresh.helper)))[0])
    finally:
        os.unlink(path)

    med = statistics.median
    print(f"source: {lines} lines ({fn_lines} in fn, the rest the helper), {args.reps} repetitions, "
          f"torch {torch.__version__}, loadavg {open('/proc/loadavg').read().split()[0]}")
    rows = [("script(fn), fresh function", med(upstream), med(mine)),
            ("CompilationUnit(source)", med(upstream_cu), med(mine_cu))]
    print(f"{'':30} {'torch ms':>10} {'minijit ms':>11} {'minijit/torch':>14}")
    for name, a, b in rows:
        print(f"{name:30} {a * 1e3:10.3f} {b * 1e3:11.3f} {b / a:14.4f}  (1/{a / b:.1f})")
    print(f"of which inspect.getsourcelines(fn) + (helper), in torch's script() row "
          f"(minijit reads the lines through linecache and ends the block with block_end): "
          f"{med(getsource) * 1e3:.3f} ms")
    same = str(theirs.graph) == str(ours.graph)
    print(f"graphs equal (str(fn.graph)): {same}")
    if not same:
        import difflib
        diff = difflib.unified_diff(str(theirs.graph).splitlines(), str(ours.graph).splitlines(),
                                    "torch", "minijit", lineterm="", n=1)
        print("\n".join(list(diff)[:40]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
