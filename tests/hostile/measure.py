"""Run a command and report its time and peak memory.

    python measure.py COMMAND [ARG ...]

prints, as the last line of its standard error, ``MEASURED <exit status>
<seconds> <peak resident MB>``. The measuring is done from this small
process: Linux keeps a process's peak memory across exec, so a command
started straight from a large process (a test run) would report that
process's memory as its own.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time


def main() -> int:
    started = time.perf_counter()
    child = subprocess.Popen(sys.argv[1:])
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    print(f"MEASURED {child.returncode} {seconds:.3f} {usage.ru_maxrss / 1024:.0f}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
