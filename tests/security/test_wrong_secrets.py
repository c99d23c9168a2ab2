"""Wrong passphrases and recovery codes are refused, through the vault and through the CLI,
and they change nothing on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipt_journal.vault import keyfile
from ipt_journal.vault.errors import WrongPassphrase
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot
from tests.security._cli import run_cli

WRONG_PASSPHRASES = [
    "", " ", PASSPHRASE + " ", PASSPHRASE.upper(), "blue kettle quiet mornin", "\x00" + PASSPHRASE,
    "x" * 5000, "blue kettle quiet morning\u200b", "🔑🔑🔑🔑",
]


def _wrong_codes(code: str) -> list[str]:
    other = keyfile.new_recovery_code()
    last = code[-1]
    swapped = code[:-1] + ("0" if last != "0" else "1")
    return [other, swapped, "", "not a code", code[:-5], code + "-0000", "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA"]


@pytest.fixture
def closed_vault(data_dir: Path) -> tuple[Path, str]:
    v, code = Vault.create(data_dir, PASSPHRASE)
    v.close()
    return data_dir, code


def test_vault_open_refuses_wrong_secrets(closed_vault: tuple[Path, str]) -> None:
    data_dir, code = closed_vault
    before = snapshot(data_dir)
    for wrong in WRONG_PASSPHRASES:
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, passphrase=wrong)
    for wrong in _wrong_codes(code):
        with pytest.raises(WrongPassphrase):
            Vault.open(data_dir, recovery_code=wrong)
    # The passphrase is not accepted in the recovery slot, nor the code in the passphrase slot.
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, recovery_code=PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(data_dir, passphrase=code)
    assert snapshot(data_dir) == before
    # ...and the right ones still work (so the refusals above were not for some other reason).
    Vault.open(data_dir, passphrase=PASSPHRASE).close()
    Vault.open(data_dir, recovery_code=code.lower().replace("-", " ")).close()


def test_cli_refuses_wrong_secrets(closed_vault: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir, code = closed_vault
    d = str(data_dir)
    before = snapshot(data_dir)
    cases = [
        ("verify", "--data-dir", d, "--passphrase-file", "-"),
        ("change-passphrase", "--data-dir", d, "--passphrase-file", "-", "--new-passphrase-file", "-"),
    ]
    for argv in cases:
        rc, out, err = run_cli(monkeypatch, *argv, stdin="not the passphrase\nanother new passphrase here\n")
        assert rc == 3, (argv, rc, err)
        assert out == "" and err.count("\n") == 1 and "Traceback" not in err
        assert "not the passphrase" not in err
    for argv in [
        ("verify", "--data-dir", d, "--recovery-code-file", "-"),
        ("change-passphrase", "--data-dir", d, "--recovery-code-file", "-", "--new-passphrase-file", "-"),
    ]:
        rc, out, err = run_cli(monkeypatch, *argv, stdin=f"{keyfile.new_recovery_code()}\nanother new passphrase here\n")
        assert rc == 3, (argv, rc, err)
        assert err.count("\n") == 1 and "Traceback" not in err
    after = snapshot(data_dir)
    # The CLI takes the instance lock, which creates an empty journal.lock; nothing else may appear.
    assert set(after) - set(before) <= {"journal.lock"}
    assert after.get("journal.lock", b"") == b""
    assert {k: v for k, v in after.items() if k != "journal.lock"} == before
    # With the lock file already there, a refused attempt leaves every byte as it was.
    before = snapshot(data_dir)
    rc, _out, _err = run_cli(monkeypatch, "verify", "--data-dir", d, "--passphrase-file", "-", stdin="wrong\n")
    assert rc == 3
    assert snapshot(data_dir) == before
    rc, out, _err = run_cli(monkeypatch, "verify", "--data-dir", d, "--recovery-code-file", "-", stdin=code + "\n")
    assert rc == 0 and "intact" in out
