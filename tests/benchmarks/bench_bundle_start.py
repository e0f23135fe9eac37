"""Start to a shown window: the installed bundle against the program in the venv.

    .venv/bin/python tests/benchmarks/bench_bundle_start.py \\
        --program bundle=$HOME/.local/bin/ree-desk --program venv=.venv/bin/ree-desk --runs 10

Each program gets a home of its own holding an enterprise database (made by
its own ``init``), so the desktop program opens straight to the main window.
The runs take turns on one Xvfb screen (Debian: xvfb, xdotool); a run is the
time from starting the process until X shows a window whose title names the
enterprise, polled every 10 ms. Prints each program's runs, median, minimum
and maximum in seconds as JSON, and the same of the processor time the
program had used by then (user and system, from /proc), which other work on
the machine disturbs less than the time on the clock.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTERPRISE = "Startup Bench Co"


def start_display() -> tuple[subprocess.Popen, str]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                               "-noreset"],
                              pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as fh:
        return server, ":" + fh.readline().strip()


def window_shown(display: str) -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", ENTERPRISE],
                           env={**os.environ, "DISPLAY": display}, capture_output=True)
    return found.returncode == 0


def cpu_seconds(pid: int) -> float:
    """User and system time of a running process (fields 14 and 15 of /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(program: str, home: Path, display: str, timeout: float = 60) -> tuple[float, float]:
    env = {"HOME": str(home), "PATH": os.environ["PATH"], "LANG": "C.UTF-8", "DISPLAY": display}
    errors = tempfile.TemporaryFile()
    start = time.perf_counter()
    process = subprocess.Popen([program], env=env, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        while not window_shown(display):
            if process.poll() is not None:
                errors.seek(0)
                raise RuntimeError(f"{program} ended before showing a window (exit {process.returncode}): "
                                   f"{errors.read().decode(errors='replace')[-2000:]}")
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"{program} showed no window in {timeout} s")
            time.sleep(0.01)
        return time.perf_counter() - start, cpu_seconds(process.pid)
    finally:
        process.terminate()
        process.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--program", action="append", required=True, metavar="NAME=PATH")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    programs = dict(item.split("=", 1) for item in args.program)
    times: dict[str, list[float]] = {name: [] for name in programs}
    cpu: dict[str, list[float]] = {name: [] for name in programs}
    server, display = start_display()
    try:
        with tempfile.TemporaryDirectory() as scratch:
            homes = {}
            for name, program in programs.items():
                homes[name] = Path(scratch, name)
                homes[name].mkdir()
                subprocess.run([program, "init", "--enterprise", ENTERPRISE, "--credit-code", "91350100M000100Y43"],
                               env={"HOME": str(homes[name]), "PATH": os.environ["PATH"], "LANG": "C.UTF-8"},
                               check=True, capture_output=True)
                one_run(program, homes[name], display)  # a first start warms the disk cache, not counted
            for _ in range(args.runs):
                for name, program in programs.items():
                    wall, used = one_run(program, homes[name], display)
                    times[name].append(wall)
                    cpu[name].append(used)
    finally:
        server.terminate()
        server.wait(10)
    report = {name: {"runs_s": [round(t, 3) for t in runs], "median_s": round(statistics.median(runs), 3),
                     "min_s": round(min(runs), 3), "max_s": round(max(runs), 3),
                     "cpu_runs_s": cpu[name], "cpu_median_s": round(statistics.median(cpu[name]), 3),
                     "cpu_min_s": min(cpu[name]), "cpu_max_s": max(cpu[name])} for name, runs in times.items()}
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
