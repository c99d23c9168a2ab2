"""Helpers for tests that drive child processes: start one, read its lines with a timeout, kill it."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT = 20.0


def spawn(*args: str, stdin: bool = False, extra_env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    env.update(extra_env or {})
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )


class LineReader:
    """Unbuffered line reader over a pipe, waiting with select (never sleeping)."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        assert proc.stdout is not None
        self.proc = proc
        self.fd = proc.stdout.fileno()
        self.buf = b""

    def readline(self, timeout: float = LINE_TIMEOUT) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"child said nothing for {timeout} s; stderr: {self._stderr()}")
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.fd, 65536)
            if not chunk:
                raise AssertionError(f"child ended early (rc={self.proc.wait()}); stderr: {self._stderr()}")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode()

    def lines_until_exit(self, timeout: float = LINE_TIMEOUT) -> list[str]:
        """Every line the child prints until it ends (for children that kill themselves)."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError(f"child did not end within {timeout} s")
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.fd, 65536)
            if not chunk:
                break
            self.buf += chunk
        lines = self.buf.decode().split("\n")
        self.buf = b""
        return [line for line in lines if line]

    def drain(self) -> list[str]:
        """After the child has ended: the complete lines it printed that were not read yet."""
        assert self.proc.poll() is not None and self.proc.stdout is not None
        data = self.buf + self.proc.stdout.read()
        self.buf = b""
        return [line.decode() for line in data.split(b"\n")[:-1]]

    def _stderr(self) -> str:
        if self.proc.poll() is None:
            return "(still running)"
        assert self.proc.stderr is not None
        return self.proc.stderr.read().decode(errors="replace")[-2000:]


def kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL, then reap, and close the pipes."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    rc = proc.wait(timeout=LINE_TIMEOUT)
    assert rc in (-signal.SIGKILL, 0) or rc < 0, f"unexpected exit {rc}"
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()
