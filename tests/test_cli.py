import io
import subprocess
import sys
from pathlib import Path

import pytest

from ipt_journal import __version__
from ipt_journal.cli import main
from tests.conftest import PASSPHRASE, snapshot


def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), stdin=io.StringIO(stdin), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def init(data_dir: Path) -> str:
    code, out, err = run("init", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    return out.strip().splitlines()[-1]


def test_init_prints_recovery_code_once(data_dir: Path) -> None:
    recovery = init(data_dir)
    assert len(recovery) == 29 and recovery.count("-") == 5
    assert recovery.encode() not in b"".join(snapshot(data_dir).values())


def test_init_refuses_existing_vault_and_short_passphrase(data_dir: Path) -> None:
    init(data_dir)
    code, _, err = run("init", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 4 and "already" in err
    code, _, err = run("init", "--data-dir", str(data_dir / "x"), "--passphrase-file", "-", stdin="short\n")
    assert code == 2 and "10 characters" in err


def test_verify(data_dir: Path) -> None:
    recovery = init(data_dir)
    assert run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")[0] == 0
    assert run("verify", "--data-dir", str(data_dir), "--recovery-code-file", "-", stdin=recovery + "\n")[0] == 0
    before = snapshot(data_dir)
    code, out, err = run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin="wrong wrong wrong\n")
    assert code == 3 and err.count("\n") == 1 and "Traceback" not in err
    assert snapshot(data_dir) == before


def test_passphrase_from_file(data_dir: Path, tmp_path: Path) -> None:
    init(data_dir)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run("verify", "--data-dir", str(data_dir), "--passphrase-file", str(secret))[0] == 0
    code, _, err = run("verify", "--data-dir", str(data_dir), "--passphrase-file", str(tmp_path / "missing"))
    assert code == 2 and "could not be read" in err and "missing" not in err


def test_no_vault_and_damaged_vault(data_dir: Path) -> None:
    code, _, err = run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 4 and "no journal" in err.lower()
    init(data_dir)
    (data_dir / "journal.key").write_text("garbage")
    code, _, err = run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 4 and "key file" in err


def test_change_passphrase_with_current_and_with_recovery_code(data_dir: Path) -> None:
    recovery = init(data_dir)
    new = "seven small boats sailing"
    code, out, _ = run(
        "change-passphrase", "--data-dir", str(data_dir), "--passphrase-file", "-", "--new-passphrase-file", "-",
        stdin=f"{PASSPHRASE}\n{new}\n",
    )
    assert code == 0 and "changed" in out
    assert run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")[0] == 3
    newest = "eight quiet lanterns glowing"
    code, _, _ = run(
        "change-passphrase", "--data-dir", str(data_dir), "--recovery-code-file", "-", "--new-passphrase-file", "-",
        stdin=f"{recovery}\n{newest}\n",
    )
    assert code == 0
    assert run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=newest + "\n")[0] == 0


def test_vault_in_use_is_refused(data_dir: Path) -> None:
    from ipt_journal.vault.instance import InstanceLock

    init(data_dir)
    with InstanceLock(data_dir):
        code, _, err = run("verify", "--data-dir", str(data_dir), "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 5 and "already open" in err


def test_usage_errors_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("frobnicate")[0] == 2
    assert run("--version")[0] == 0
    assert __version__ in capsys.readouterr().out
    assert run("verify", "--help")[0] == 0
    help_text = capsys.readouterr().out
    for line in ("3  wrong passphrase", "4  no journal", "--passphrase-file"):
        assert line in help_text
    code, _, err = run("init", "--passphrase-file", "-", stdin="")
    assert code == 2 and "ended" in err


def test_env_var_selects_data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IPT_JOURNAL_DATA_DIR", str(data_dir))
    code, _, _ = run("init", "--passphrase-file", "-", stdin=PASSPHRASE + "\n")
    assert code == 0 and (data_dir / "journal.db").exists()


def test_real_process_exit_code_and_no_traceback(data_dir: Path) -> None:
    init(data_dir)
    proc = subprocess.run(
        [sys.executable, "-m", "ipt_journal", "verify", "--data-dir", str(data_dir), "--passphrase-file", "-"],
        input="definitely not it\n", capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 3
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
