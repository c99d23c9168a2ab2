"""paths.resolve_data_dir: --data-dir wins over IPT_JOURNAL_DATA_DIR, which wins over the platform's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_journal import paths


def test_the_flag_wins_over_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.resolve_data_dir(tmp_path / "from-flag") == tmp_path / "from-flag"
    assert paths.resolve_data_dir(str(tmp_path / "from-flag")) == tmp_path / "from-flag"


def test_the_environment_wins_over_the_platform_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert paths.resolve_data_dir() == tmp_path / "from-env"
    with pytest.raises(ValueError):  # an empty flag is a mistake, never the default folder (issue 19)
        paths.resolve_data_dir("")
    assert paths.resolve_data_dir() != paths.default_data_dir()


def test_with_neither_the_platform_folder_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))  # where platformdirs looks on Linux
    assert paths.resolve_data_dir() == paths.default_data_dir()
    assert paths.default_data_dir() == tmp_path / "xdg" / paths.APP_NAME
    monkeypatch.setenv(paths.ENV_DATA_DIR, "")  # set but empty: still the platform folder
    assert paths.resolve_data_dir() == tmp_path / "xdg" / paths.APP_NAME


def test_relative_and_home_paths_become_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert paths.resolve_data_dir("journal") == tmp_path / "journal"
    assert paths.resolve_data_dir("~/journal") == tmp_path / "home" / "journal"
    monkeypatch.setenv(paths.ENV_DATA_DIR, "~/env-journal")
    assert paths.resolve_data_dir() == tmp_path / "home" / "env-journal"


def test_the_command_line_uses_the_same_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from ipt_journal.cli import main
    from tests.conftest import PASSPHRASE

    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "from-env"))
    run = lambda *argv: main(list(argv), stdin=io.StringIO(PASSPHRASE + "\n"), out=io.StringIO(), err=io.StringIO())  # noqa: E731
    assert run("init", "--data-dir", str(tmp_path / "from-flag"), "--passphrase-file", "-") == 0
    assert (tmp_path / "from-flag" / paths.KEY_NAME).exists() and not (tmp_path / "from-env").exists()
    assert run("init", "--passphrase-file", "-") == 0
    assert (tmp_path / "from-env" / paths.KEY_NAME).exists()
