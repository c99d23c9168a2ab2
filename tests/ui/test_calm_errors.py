"""What a member sees when something fails: plain words, never an exception's name or our jargon.

Walks the error paths of first run, unlock, the recovery code, a new passphrase, saving the recovery
code, the journal folder at start and the last-resort hook, with the real vault call replaced by one
that raises each kind of failure; the technical detail must reach standard error instead.
"""

from __future__ import annotations

import builtins
import errno
from pathlib import Path

import pytest
import sqlcipher3

from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.vault import errors as vault_errors
from tests.conftest import PASSPHRASE

JARGON = ("chmod", "sqlcipher", "secure_delete", "zip bomb", "schema version", "traceback", "errno", "pragma",
          "sqlite", "exception", "oserror", "none", "0o7")
CLASS_NAMES = {n.casefold() for n in dir(builtins) if n.endswith(("Error", "Exception", "Warning"))} | {
    n.casefold() for n in dir(vault_errors) if isinstance(getattr(vault_errors, n), type)
} | {"operationalerror", "databaseerror", "integrityerror"}

FAILURES = [
    sqlcipher3.OperationalError("disk I/O error"),
    sqlcipher3.DatabaseError("file is not a database"),
    OSError(errno.ENOSPC, "No space left on device"),
    PermissionError(errno.EACCES, "Permission denied"),
    vault_errors.WeakSetup("This copy of SQLCipher is not version 4, so IPT Journal will not use it."),
    vault_errors.WeakSetup("The database setting secure_delete could not be made safe, so the journal was not opened."),
    vault_errors.VaultDamaged("The folder /x can be changed by other users, so the journal was not opened; make it "
                              "private (chmod 700) and try again."),
    vault_errors.VaultDamaged("This journal was written by a newer version of IPT Journal; please update the app."),
    vault_errors.KeyFileDamaged("The key file /x/journal.key is damaged or is not an IPT Journal key file."),
    vault_errors.VaultDamaged("The journal database /x/journal.db is empty or damaged; restore it from a backup."),
    vault_errors.CannotWrite("The place /x cannot be written (errno 30, read-only file system)."),
    vault_errors.VaultExists("There is already a journal (or part of one) in /x."),
    TypeError("'NoneType' object is not subscriptable"),
    ValueError("schema version 0"),
]
IDS = [f"{type(e).__name__}-{i}" for i, e in enumerate(FAILURES)]


def assert_calm(text: str, exc: BaseException) -> None:
    said = text.casefold()
    assert text.strip(), "the member is told something"
    words = {w.strip(".,;:()'\"") for w in said.split()}
    assert not (words & CLASS_NAMES), f"an exception name in {text!r}"
    assert not [j for j in JARGON if j in said], f"jargon in {text!r}"
    assert str(exc).casefold() not in said or not str(exc), f"the raw error in {text!r}"
    assert "nothing" in said or "still" in said, f"does not say that nothing was lost: {text!r}"


def raiser(exc: BaseException):  # type: ignore[no-untyped-def]
    def fail(*_a: object, **_k: object) -> None:
        raise exc

    return fail


@pytest.mark.parametrize("exc", FAILURES, ids=IDS)
def test_first_run_create_says_it_calmly(qtbot, data_dir: Path, monkeypatch, capsys, exc) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.first_run import FirstRun

    monkeypatch.setattr(Session, "create", raiser(exc))
    fr = FirstRun(Session(data_dir))
    qtbot.addWidget(fr)
    fr.setCurrentIndex(1)
    fr.pass1.setText(PASSPHRASE)
    fr.pass2.setText(PASSPHRASE)
    fr._create()
    assert fr.currentIndex() == 1 and fr.pass1.text() == PASSPHRASE  # nothing typed is lost
    assert_calm(fr.create_error.text(), exc)
    assert type(exc).__name__ in capsys.readouterr().err


@pytest.mark.parametrize("exc", FAILURES, ids=IDS)
def test_unlock_recovery_and_new_passphrase_say_it_calmly(qtbot, vault, monkeypatch, capsys, exc) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.unlock import UnlockScreen

    data_dir = vault.data_dir
    vault.close()
    for method in ("unlock", "unlock_with_recovery_code", "change_passphrase"):
        monkeypatch.setattr(Session, method, raiser(exc))
    screen = UnlockScreen(Session(data_dir))
    qtbot.addWidget(screen)
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    assert_calm(screen.message.text(), exc)
    screen.show_recovery()
    screen.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    screen.try_recovery()
    shown = screen.code_message.text() if screen.currentIndex() == 1 else screen.message.text()
    assert_calm(shown, exc)
    screen.setCurrentIndex(2)
    screen.new1.setText(PASSPHRASE)
    screen.new2.setText(PASSPHRASE)
    screen.set_new_passphrase()
    assert_calm(screen.new_hint.text(), exc)
    assert capsys.readouterr().err.count(type(exc).__name__) >= 3


@pytest.mark.parametrize("exc", [e for e in FAILURES if isinstance(e, OSError)], ids=lambda e: type(e).__name__)
def test_saving_the_recovery_code_says_it_calmly(qtbot, data_dir: Path, monkeypatch, tmp_path: Path, exc) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.ui.first_run import FirstRun
    from ipt_journal.vault import atomic

    fr = FirstRun(Session(data_dir))
    qtbot.addWidget(fr)
    fr._code = "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"
    told: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(tmp_path / "code.txt"))
    monkeypatch.setattr(dialogs, "inform", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(atomic, "atomic_write_bytes", raiser(exc))
    fr._save_code()
    assert len(told) == 1
    assert_calm(told[0], exc)
    assert "paper" in told[0]


def test_the_last_resort_hook_names_no_type(monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal import app

    told: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: told.append(text))
    exc = TypeError("'NoneType' object is not subscriptable")
    app._calm_excepthook(TypeError, exc, None)
    assert len(told) == 1 and "TypeError" not in told[0] and "unexpected" in told[0]
    assert_calm(told[0], exc)
    assert "TypeError" in capsys.readouterr().err


@pytest.mark.parametrize("exc", [OSError(errno.EACCES, "Permission denied"),
                                 vault_errors.VaultDamaged("make it private (chmod 700)")], ids=["oserror", "chmod"])
def test_a_journal_folder_that_cannot_be_used_is_said_calmly(qapp, data_dir: Path, monkeypatch, capsys, exc) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal import app
    from ipt_journal.vault.instance import InstanceLock

    told: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(InstanceLock, "acquire", raiser(exc))
    palette, sheet = qapp.palette(), qapp.styleSheet()
    try:
        assert app.run_gui(data_dir) == 4
    finally:
        qapp.setPalette(palette)
        qapp.setStyleSheet(sheet)
    assert len(told) == 1 and str(data_dir) in told[0]
    assert_calm(told[0].replace(str(data_dir), ""), exc)
    assert type(exc).__name__ in capsys.readouterr().err
