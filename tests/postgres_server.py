"""A PostgreSQL server for the tests: one given in REE_DESK_TEST_POSTGRESQL,
or a throw-away cluster started from the installed server programs
(Debian's ``postgresql`` package: initdb, pg_ctl) in a temporary folder on a
free local port, and removed when the tests end."""
from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SERVER_ENV = "REE_DESK_TEST_POSTGRESQL"
HOW_TO_RUN = (f"no PostgreSQL server for the shared-database tests: install the server programs "
              f"(Debian: apt-get install postgresql) so that the tests start one of their own, or set "
              f"{SERVER_ENV}=postgresql://USER@HOST:PORT/ (a user who may create databases)")


def _programs() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(os.path.realpath(found)).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=lambda p: int(Path(p).parts[-3]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server the tests may create databases on, each test its own."""

    def __init__(self, base_url: str, stop=None):
        self.base_url = base_url.rstrip("/")
        self._stop = stop
        self._names = itertools.count(1)

    def url(self, name: str) -> str:
        return f"{self.base_url}/{name}"

    def admin(self) -> psycopg.Connection:
        return psycopg.connect(self.url("postgres"), autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        """A fresh, empty database (or a copy of ``template``); its URL."""
        name = f"ree_test_{os.getpid()}_{next(self._names)}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        if self._stop is not None:
            self._stop()


def start() -> Server | None:
    """The server to test against, or None when there is none to be had."""
    given = os.environ.get(SERVER_ENV)
    if given:
        return Server(given)
    programs = _programs()
    if programs is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="ree-desk-pg-"))
    run_as: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # The server refuses to run as root: a throw-away cluster runs as nobody.
        os.chown(folder, *_nobody())
        run_as = ["runuser", "-u", "nobody", "--"]
    data, port = folder / "data", _free_port()
    quiet = dict(check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    subprocess.run([*run_as, str(programs / "initdb"), "-D", str(data), "-A", "trust", "-U", "ree_test",
                    "-E", "UTF8", "--locale=C.UTF-8"], **quiet)
    # Durability is not what these tests are about: a cluster thrown away after them need not fsync.
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
              f"-c full_page_writes=off -c max_connections=200"
    subprocess.run([*run_as, str(programs / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"),
                    "-w", "start"], **quiet)

    def stop() -> None:
        subprocess.run([*run_as, str(programs / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(folder, ignore_errors=True)

    return Server(f"postgresql://ree_test@127.0.0.1:{port}", stop)


def _nobody() -> tuple[int, int]:
    import pwd

    entry = pwd.getpwnam("nobody")
    return entry.pw_uid, entry.pw_gid
