#!/usr/bin/env python3
"""Side-by-side benchmark: runs minijit's Google Benchmark programs and the same workloads in
upstream torch (Debian's 1.13, /usr/bin/python3) in one run, and prints ratios.

OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are removed from the environment of *both* sides
(the machine sets them as a workaround; they halve OpenBLAS's GEMM speed). Threads: each
side runs with 1 and then 2 threads (torch.set_num_threads plus OPENBLAS_NUM_THREADS for
torch; benchmark arguments for minijit). Usage:
    /usr/bin/python3 bench/compare.py [--build build] [--quick]
"""
import argparse, json, os, subprocess, sys, time

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


def clean_env(threads=None):
    env = {k: v for k, v in os.environ.items() if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    if threads:
        env.update(OPENBLAS_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
    return env


def run_minijit(binary, min_time):
    out = subprocess.run([binary, "--benchmark_format=json", f"--benchmark_min_time={min_time}"],
                         env=clean_env(), check=True, capture_output=True, text=True).stdout
    return {b["name"]: b for b in json.loads(out)["benchmarks"]}


TORCH_SCRIPT = r'''
import json, sys, time, torch
threads, min_time, chain_source, gemm_sizes, ew_sizes = json.loads(sys.argv[1])
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
chain = torch.jit.CompilationUnit(chain_source).chain
x = torch.full((1,), 0.25)
for _ in range(5): chain(x)  # past the profiling executor's first runs
result["script_per_op_ns"] = timed(lambda: chain(x)) / 10 * 1e9
print(json.dumps(result))
'''


def run_torch(threads, min_time):
    args = json.dumps([threads, min_time, CHAIN_SOURCE, GEMM_SIZES, ELEMENTWISE_SIZES])
    out = subprocess.run(["/usr/bin/python3", "-c", TORCH_SCRIPT, args], env=clean_env(threads),
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def rate(bench, key):
    """GFLOP/s or GB/s of one Google Benchmark entry."""
    if key == "bytes":
        return bench["bytes_per_second"] / 1e9
    return bench[key] / 1e9


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default="build", help="the CMake build directory")
    parser.add_argument("--quick", action="store_true", help="shorter runs (noisier)")
    args = parser.parse_args()
    min_time = 0.1 if args.quick else 0.5
    kernels = run_minijit(os.path.join(args.build, "bench", "bench_kernels"), min_time)
    script = run_minijit(os.path.join(args.build, "bench", "bench_script"), min_time)
    print(f"{'workload':34} {'thr':>3} {'minijit':>10} {'torch':>10} {'ratio':>6}")
    def row(name, threads, mine, theirs, unit, higher_is_better=True):
        ratio = mine / theirs if higher_is_better else theirs / mine
        print(f"{name:34} {threads:>3} {mine:10.1f} {theirs:10.1f} {ratio:6.2f}  {unit}")
    for threads in (1, 2):
        torch_result = run_torch(threads, min_time)
        for n in GEMM_SIZES:
            mine = rate(kernels[f"BM_Mm/{n}/{threads}/real_time"], "GFLOP/s")
            split = rate(kernels[f"BM_MmRowSplit/{n}/{threads}/real_time"], "GFLOP/s")
            row(f"mm n={n} (OpenBLAS threads)", threads, mine, torch_result[f"mm/{n}"], "GFLOP/s")
            row(f"mm n={n} (rows over our pool)", threads, split, torch_result[f"mm/{n}"], "GFLOP/s")
        for op in ("add", "mul", "relu"):
            for n in ELEMENTWISE_SIZES:
                theirs = torch_result[f"{op}/{n}"]
                if threads == 1:
                    mine = rate(kernels[f"BM_{op.capitalize()}/{n}/real_time"], "bytes")
                    row(f"{op} n={n} (ops::{op})", threads, mine, theirs, "GB/s")
                if op == "add":
                    pool = rate(kernels[f"BM_AddPool/{n}/{threads}/real_time"], "bytes")
                    row(f"add n={n} (parallelFor loop)", threads, pool, theirs, "GB/s")
        if threads == 1:
            mine = script["BM_ScriptedChain/real_time"]["per_op"] * 1e9
            row("scripted chain, per op (ns)", threads, mine, torch_result["script_per_op_ns"],
                "ns/op (ratio = torch/minijit)", higher_is_better=False)
        stream = rate(kernels[f"BM_StreamTriad/{threads}/real_time"], "bytes")
        print(f"{'STREAM-like triad bandwidth':34} {threads:>3} {stream:10.1f} {'':>10} {'':>6}  GB/s")
    for n in ELEMENTWISE_SIZES:
        fresh = rate(kernels[f"BM_AddNoCache/{n}/real_time"], "bytes")
        cached = rate(kernels[f"BM_Add/{n}/real_time"], "bytes")
        print(f"allocator: add n={n}: {cached:.1f} GB/s cached vs {fresh:.1f} GB/s fresh pages")


if __name__ == "__main__":
    sys.exit(main())
