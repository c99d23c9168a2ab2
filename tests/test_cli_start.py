"""Starting from the command line: no screen means one sentence and exit 8; --install-desktop writes the launcher."""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from pathlib import Path

from ipt_journal.cli import EXIT_NO_SCREEN, EXIT_USAGE, error_table, explain, main
from ipt_journal.desktop import APP_ID


def _env_without_a_screen(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["IPT_JOURNAL_DATA_DIR"] = str(tmp_path / "journal")
    env["HOME"] = str(tmp_path)
    return env


def test_no_screen_is_one_sentence_and_exit_8_before_qt_loads(tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from ipt_journal.cli import main\n"
        "code = main([])\n"
        "sys.stderr.write('qt loaded\\n' if 'PySide6.QtWidgets' in sys.modules else '')\n"
        "sys.exit(code)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], env=_env_without_a_screen(tmp_path), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == EXIT_NO_SCREEN == 8, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("ipt-journal: ") and "screen" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not (tmp_path / "journal").exists()  # nothing was made for a window that could not open


def test_help_lists_exit_code_8() -> None:
    out = subprocess.run([sys.executable, "-m", "ipt_journal", "--help"], capture_output=True, text=True, timeout=60).stdout
    assert "8  no screen to show the window on" in out and "--install-desktop" in out


def test_install_desktop_writes_under_xdg_data_home_and_prints_the_paths(tmp_path: Path) -> None:
    env = _env_without_a_screen(tmp_path)  # it needs no screen
    env["XDG_DATA_HOME"] = str(tmp_path / "share")
    done = subprocess.run([sys.executable, "-m", "ipt_journal", "--install-desktop"], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    printed = [Path(line) for line in done.stdout.splitlines()]
    assert tmp_path / "share" / "applications" / f"{APP_ID}.desktop" in printed and len(printed) == 3
    assert all(p.is_file() and p.is_relative_to(tmp_path / "share") for p in printed)
    assert not (tmp_path / "journal").exists()


def test_the_error_table_maps_each_kind_once_and_keeps_usage_first() -> None:
    from ipt_journal.cli_parser import UsageError
    from ipt_journal.vault.errors import VaultInUse, WrongPassphrase
    from ipt_journal.vault.import_files import ImportFailed

    args = argparse.Namespace(data_dir=None)
    assert explain(UsageError("Say it again."), args) == (EXIT_USAGE, "Say it again.")
    assert explain(WrongPassphrase("That passphrase did not open it."), args)[0] == 3
    assert explain(VaultInUse("Open elsewhere."), args)[0] == 5
    assert explain(ImportFailed("x.json was not imported."), args)[0] == 6
    assert explain(KeyboardInterrupt(), args) == (130, "stopped; nothing more was changed.")
    code, sentence = explain(RuntimeError("member words here"), args)
    assert code == 1 and "member words" not in sentence and "RuntimeError" in sentence
    assert error_table()[-1][0] is Exception  # the catch-all comes last


def test_empty_data_dir_for_the_window_is_a_usage_error() -> None:
    err = io.StringIO()
    assert main(["--data-dir", " "], err=err) == EXIT_USAGE
    assert "--data-dir is empty" in err.getvalue()
