"""The command line's last two exit codes: 1 for an unexpected error and 130 for Ctrl+C, each one calm sentence."""

from __future__ import annotations

import io
import signal
from pathlib import Path

from ipt_journal.cli import EXIT_ERROR, main
from tests.conftest import PASSPHRASE, snapshot


class _CtrlCWhileTyping(io.StringIO):
    """Standard input on which the member presses Ctrl+C instead of finishing line number `at`."""

    def __init__(self, text: str, at: int = 1) -> None:
        super().__init__(text)
        self.lines_asked, self.at = 0, at

    def readline(self, *_args: object) -> str:  # type: ignore[override]
        self.lines_asked += 1
        if self.lines_asked == self.at:
            signal.raise_signal(signal.SIGINT)  # Python's own handler turns this into KeyboardInterrupt
        return super().readline()


def _run(argv: list[str], stdin: io.TextIOBase) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdin=stdin, out=out, err=err)  # type: ignore[arg-type]
    return code, out.getvalue(), err.getvalue()


def test_ctrl_c_exits_130_and_changes_nothing(data_dir: Path) -> None:
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    code, out, err = _run(["init", "--data-dir", str(data_dir), "--passphrase-file", "-"],
                          _CtrlCWhileTyping(PASSPHRASE + "\n"))
    assert code == 130
    assert err == "ipt-journal: stopped; nothing more was changed.\n" and out == ""
    assert not data_dir.exists() or snapshot(data_dir) == {}  # no half-made journal


def test_ctrl_c_on_an_existing_journal_leaves_it_as_it_was(data_dir: Path) -> None:
    assert _run(["init", "--data-dir", str(data_dir), "--passphrase-file", "-"], io.StringIO(PASSPHRASE + "\n"))[0] == 0
    before = snapshot(data_dir)
    stdin = _CtrlCWhileTyping(PASSPHRASE + "\nanother one entirely\n", at=2)  # the journal is open by then
    code, _, err = _run(["change-passphrase", "--data-dir", str(data_dir), "--passphrase-file", "-",
                         "--new-passphrase-file", "-"], stdin)
    assert code == 130 and "nothing more was changed" in err and stdin.lines_asked == 2
    assert snapshot(data_dir) == before


def test_an_unexpected_error_exits_1_with_only_its_type(data_dir: Path) -> None:
    # Bytes that are not UTF-8 on standard input: nothing the command expects, so it is "unexpected".
    secret = b"caf\xe9 secret words\n"
    stdin = io.TextIOWrapper(io.BytesIO(secret), encoding="utf-8")
    code, out, err = _run(["init", "--data-dir", str(data_dir), "--passphrase-file", "-"], stdin)
    assert code == EXIT_ERROR == 1
    assert err == "ipt-journal: an unexpected error stopped the command (UnicodeDecodeError).\n" and out == ""
    assert "Traceback" not in err and "secret" not in err and "caf" not in err  # no traceback, no input quoted
    assert not data_dir.exists() or snapshot(data_dir) == {}
