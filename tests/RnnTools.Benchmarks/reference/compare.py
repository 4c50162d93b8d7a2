#!/usr/bin/python3
"""Runs `rnntools bench` and the PyTorch reference (pytorch_bench.py) on the same workloads and prints the speed ratio.

Usage (from the repository root, after `dotnet build -c Release`):
    /usr/bin/python3 tests/RnnTools.Benchmarks/reference/compare.py [--backend mkl] [--seconds 3] [--workload NAME ...]
Both sides run single-threaded. Measure with the machine quiet (check `uptime`): the two share its cores.
"""
import argparse
import csv
import io
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_CLI = os.path.join(ROOT, "src", "RnnTools.Cli", "bin", "Release", "net8.0", "rnntools.dll")
TARGETS = {"temporal-order-100": 10, "addition-100": 10, "temporal-order-200": 20, "music-300": 3}


def rows(command):
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return {row["Workload"]: row for row in csv.DictReader(io.StringIO(output))}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", default="mkl")
    parser.add_argument("--seconds", default="3")
    parser.add_argument("--workload", nargs="+", default=list(TARGETS))
    parser.add_argument("--rnntools", default=DEFAULT_CLI, help="path of rnntools.dll")
    args = parser.parse_args()

    ours = rows(["dotnet", args.rnntools, "bench", "--format", "csv", "--no-progress", "--threads", "1", "--backend", args.backend,
                 "--seconds", args.seconds, "--workload", ",".join(args.workload)])
    torch = rows([sys.executable, os.path.join(HERE, "pytorch_bench.py"), "--seconds", args.seconds, "--workload", *args.workload])
    print(f"{'Workload':<20} {'rnntools ms':>12} {'pytorch ms':>11} {'ratio':>7} {'target':>7}")
    for name in args.workload:
        mine, theirs = float(ours[name]["MsPerIteration"]), float(torch[name]["MsPerIteration"])
        print(f"{name:<20} {mine:>12.3f} {theirs:>11.3f} {theirs / mine:>6.2f}x {TARGETS.get(name, 0):>6}x")
    print(f"(rnntools: {ours[args.workload[0]]['BackendDescription']}, commit {ours[args.workload[0]]['GitCommit'] or 'unknown'}; pytorch threads 1)")


if __name__ == "__main__":
    main()
