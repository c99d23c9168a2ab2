"""Run the CLI in-process with fake stdin/stdout/stderr, without hardening the pytest process."""

from __future__ import annotations

import io

import pytest

from ipt_journal import cli, hardening


def run_cli(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "") -> tuple[int, str, str]:
    # harden_process() is covered in test_process.py in a child; here it would make the
    # test runner itself undumpable, so it is left out of the in-process calls.
    monkeypatch.setattr(hardening, "harden_process", lambda: None)
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()
