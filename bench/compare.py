#!/usr/bin/env python3
"""Side-by-side benchmark: runs minijit's Google Benchmark programs and the same workloads in
upstream torch (Debian's 1.13, /usr/bin/python3) in one run, and prints ratios.

OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the environment of *both* sides
(the machine sets them as a workaround; they halve OpenBLAS's GEMM speed). Threads: each
side runs with 1 and then 2 threads (torch.set_num_threads plus OPENBLAS_NUM_THREADS for
torch; benchmark arguments for minijit). Every number is the median of --reps repetitions
(Google Benchmark's --benchmark_repetitions on minijit's side, whole repeated timing loops on
torch's); the load average is printed next to each side's run, since the 2-core machine may
be shared. Usage:
    /usr/bin/python3 bench/compare.py [--build build] [--quick] [--reps 3] [--keep-openblas-env]
"""
import argparse, json, os, statistics, subprocess, sys, time

CHAIN_SOURCE = """def chain(x):
    y = x + x
    y = y * x
    y = y - x
    y = y + 1.0
    y = y * 0.5
    y = y - x
    y = y + y
    y = y * y
    y = y - 1.0
    y = y + x
    return y
"""  # identical to kChainSource in bench/bench_script.cpp
OPS_IN_CHAIN = 10
GEMM_SIZES = [256, 512, 1024, 2048]
ELEMENTWISE_SIZES = [1000000, 16000000]
CONV_BATCHES = [1, 8]  # ResNet layer: (N, 64, 56, 56) * 64 3x3 filters, pad 1, no bias
KEEP_OPENBLAS_ENV = False  # --keep-openblas-env: leave the machine's OpenBLAS settings


def loadavg():
    return open("/proc/loadavg").read().split()[0]


def clean_env(threads=None):
    drop = () if KEEP_OPENBLAS_ENV else ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    if threads:
        env.update(OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    return env


def find_binary(build, name):
    for folder in ("bin", "bench"):
        path = os.path.join(build, folder, name)
        if os.path.exists(path):
            return path
    sys.exit(f"compare.py: no {name} under {build}/bin or {build}/bench (make {name})")


def run_minijit(binary, min_time, reps):
    """name -> the median entry over `reps` repetitions (name without the _median suffix)."""
    load = loadavg()
    out = subprocess.run([binary, "--benchmark_format=json", f"--benchmark_min_time={min_time}",
                          f"--benchmark_repetitions={reps}", "--benchmark_report_aggregates_only=true"],
                         env=clean_env(), check=True, capture_output=True, text=True).stdout
    print(f"# {os.path.basename(binary)}: {reps} repetitions, loadavg {load} before, {loadavg()} after")
    return {b["run_name"]: b for b in json.loads(out)["benchmarks"]
            if b.get("aggregate_name", "median") == "median"}


TORCH_SCRIPT = r'''
import json, sys, time, torch
threads, min_time, chain_source, gemm_sizes, ew_sizes, conv_batches = json.loads(sys.argv[1])
torch.set_num_threads(threads)
def timed(fn):  # seconds per call, repeating for at least min_time
    fn(); fn()
    calls, start = 0, time.perf_counter()
    while time.perf_counter() - start < min_time:
        fn(); calls += 1
    return (time.perf_counter() - start) / calls
result = {}
for n in gemm_sizes:
    a, b = torch.ones(n, n), torch.full((n, n), 0.5)
    result[f"mm/{n}"] = 2 * n ** 3 / timed(lambda: torch.mm(a, b)) / 1e9
for n in ew_sizes:
    a, b = torch.full((n,), 1.5), torch.full((n,), -0.5)
    result[f"add/{n}"] = 12 * n / timed(lambda: torch.add(a, b)) / 1e9
    result[f"mul/{n}"] = 12 * n / timed(lambda: torch.mul(a, b)) / 1e9
    result[f"relu/{n}"] = 8 * n / timed(lambda: torch.relu(a)) / 1e9
for n in conv_batches:
    x, w = torch.full((n, 64, 56, 56), 0.5), torch.full((64, 64, 3, 3), 0.25)
    flops = 2 * n * 64 * 56 * 56 * 64 * 9
    with torch.no_grad():
        result[f"conv/{n}"] = flops / timed(lambda: torch.conv2d(x, w, None, 1, 1)) / 1e9
chain = torch.jit.CompilationUnit(chain_source).chain
x = torch.full((1,), 0.25)
for _ in range(5): chain(x)  # past the profiling executor's first runs
result["script_per_op_ns"] = timed(lambda: chain(x)) / 10 * 1e9
print(json.dumps(result))
'''


def run_torch(threads, min_time, reps):
    """Medians over `reps` runs of the whole timing script (fresh process each time)."""
    args = json.dumps([threads, min_time, CHAIN_SOURCE, GEMM_SIZES, ELEMENTWISE_SIZES, CONV_BATCHES])
    load, runs = loadavg(), []
    for _ in range(reps):
        out = subprocess.run(["/usr/bin/python3", "-c", TORCH_SCRIPT, args], env=clean_env(threads),
                             check=True, capture_output=True, text=True).stdout
        runs.append(json.loads(out.strip().splitlines()[-1]))
    print(f"# torch {threads} thread(s): {reps} repetitions, loadavg {load} before, {loadavg()} after")
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def rate(bench, key):
    """GFLOP/s or GB/s of one Google Benchmark entry."""
    if key == "bytes":
        return bench["bytes_per_second"] / 1e9
    return bench[key] / 1e9


def main():
    global KEEP_OPENBLAS_ENV
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build", help="the CMake build directory")
    parser.add_argument("--quick", action="store_true", help="shorter runs (noisier)")
    parser.add_argument("--reps", type=int, default=3, help="repetitions; medians are reported")
    parser.add_argument("--keep-openblas-env", action="store_true",
                        help="leave OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE as the machine sets them")
    args = parser.parse_args()
    KEEP_OPENBLAS_ENV = args.keep_openblas_env
    min_time = 0.1 if args.quick else 0.5
    print(f"# OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE {'kept' if KEEP_OPENBLAS_ENV else 'unset'} for both sides; "
          f"{os.cpu_count()} cores")
    kernels = run_minijit(find_binary(args.build, "bench_kernels"), min_time, args.reps)
    script = run_minijit(find_binary(args.build, "bench_script"), min_time, args.reps)
    torch_results = {threads: run_torch(threads, min_time, args.reps) for threads in (1, 2)}
    print(f"{'workload':36} {'thr':>3} {'minijit':>10} {'torch':>10} {'ratio':>6}")
    def row(name, threads, mine, theirs, unit, higher_is_better=True):
        ratio = mine / theirs if higher_is_better else theirs / mine
        print(f"{name:36} {threads:>3} {mine:10.1f} {theirs:10.1f} {ratio:6.2f}  {unit}")
    for threads in (1, 2):
        torch_result = torch_results[threads]
        for n in GEMM_SIZES:
            mine = rate(kernels[f"BM_Mm/{n}/{threads}/real_time"], "GFLOP/s")
            split = rate(kernels[f"BM_MmRowSplit/{n}/{threads}/real_time"], "GFLOP/s")
            row(f"mm n={n} (OpenBLAS threads)", threads, mine, torch_result[f"mm/{n}"], "GFLOP/s")
            row(f"mm n={n} (rows over our pool)", threads, split, torch_result[f"mm/{n}"], "GFLOP/s")
        for op in ("add", "mul", "relu"):
            for n in ELEMENTWISE_SIZES:
                theirs = torch_result[f"{op}/{n}"]
                mine = rate(kernels[f"BM_{op.capitalize()}/{n}/{threads}/real_time"], "bytes")
                row(f"{op} n={n} (ops::{op})", threads, mine, theirs, "GB/s")
                if op == "add":
                    pool = rate(kernels[f"BM_AddPool/{n}/{threads}/real_time"], "bytes")
                    row(f"add n={n} (parallelFor loop)", threads, pool, theirs, "GB/s")
        for n in CONV_BATCHES:
            mine = rate(kernels[f"BM_Conv2d/{n}/{threads}/real_time"], "GFLOP/s")
            row(f"conv2d {n}x64x56x56, 64 3x3, pad 1", threads, mine, torch_result[f"conv/{n}"], "GFLOP/s")
        if threads == 1:
            mine = script["BM_ScriptedChain/real_time"]["per_op"] * 1e9
            row("scripted chain, per op (ns)", threads, mine, torch_result["script_per_op_ns"],
                "ns/op (ratio = torch/minijit)", higher_is_better=False)
        stream = rate(kernels[f"BM_StreamTriad/{threads}/real_time"], "bytes")
        print(f"{'STREAM-like triad bandwidth':36} {threads:>3} {stream:10.1f} {'':>10} {'':>6}  GB/s")
    for n in ELEMENTWISE_SIZES:
        fresh = rate(kernels[f"BM_AddNoCache/{n}/0/real_time"], "bytes")
        cached = rate(kernels[f"BM_Add/{n}/1/real_time"], "bytes")
        print(f"allocator: add n={n}: {cached:.1f} GB/s cached vs {fresh:.1f} GB/s fresh pages")
    if "BM_CompileFunction/real_time" in script:
        ms = script["BM_CompileFunction/real_time"]["real_time"]
        print(f"compile: CompilationUnit::define, 150-line function: {ms:.3f} ms "
              "(torch side: bench/compile_speed.py)")


if __name__ == "__main__":
    sys.exit(main())
