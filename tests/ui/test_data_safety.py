"""Back up, restore, export and import from the window; long work in a worker thread that can be cancelled."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ipt_journal.app import MainWindow
from ipt_journal.domain.entries import Entry
from ipt_journal.services import data_safety
from ipt_journal.services.session import Session
from ipt_journal.ui import data_safety as safety
from ipt_journal.ui import dialogs
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, db_path
from tests.conftest import PASSPHRASE

OTHER = "the backup passphrase words"


@pytest.fixture
def filled(data_dir: Path) -> Path:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(v)
    start = datetime(2024, 4, 1, 20).astimezone()
    for i in range(120):
        repo.save(Entry(kind="free", entry_at=start + timedelta(hours=i), title=f"Night {i}", body="Sam said hello. " * 20))
    v.close()
    return data_dir


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    return said


def unlocked_window(qtbot, data_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    assert window.session.is_unlocked
    return window


def wait_done(qtbot, job: safety.BackgroundTask) -> None:  # type: ignore[no-untyped-def]
    if job in safety.BackgroundTask._running:
        with qtbot.waitSignal(job.finished, timeout=20_000):
            pass
    assert not job.thread.isRunning()


def test_worker_export_reports_progress_and_can_be_cancelled(qtbot, filled: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, filled)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    gate = threading.Event()
    seen: list[tuple[int, int]] = []

    def work(handle, progress):  # type: ignore[no-untyped-def]
        assert handle is not window.session.vault and handle.conn is not window.session.vault.conn
        progress(1, 10)
        gate.wait(10)  # the UI thread presses Cancel in between
        return data_safety.export_to(handle, "md", out_dir / "j.md", progress=progress)

    job = safety.BackgroundTask(window, "Export", "Exporting…", work, window.session.vault)

    def on_progress(done: int, total: int) -> None:
        seen.append((done, total))
        if total:
            job.dialog.canceled.emit()  # what the Cancel button does
            gate.set()

    job.progressed.connect(on_progress)
    with qtbot.waitSignal(job.finished, timeout=20_000):
        job.start()
    assert job.was_cancelled and job.error is None
    assert (1, 10) in seen
    assert list(out_dir.iterdir()) == []  # nothing plain was written, not even a temp file
    window.lock()


def test_worker_export_runs_to_the_end(qtbot, filled: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, filled)
    seen: list[tuple[int, int]] = []
    job = safety.BackgroundTask(
        window, "Export", "Exporting…",
        lambda h, p: data_safety.export_to(h, "md", tmp_path / "j.md", progress=p), window.session.vault,
    )
    job.progressed.connect(lambda d, t: seen.append((d, t)))
    with qtbot.waitSignal(job.finished, timeout=20_000):
        job.start()
    assert job.result == 120 and seen[-1] == (120, 120)
    assert (tmp_path / "j.md").read_text(encoding="utf-8").count("\n## ") == 120
    window.lock()


def test_menu_export_pdf_asks_first_and_names_are_replaced(qtbot, filled: Path, tmp_path: Path, monkeypatch, informed) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, filled)
    target = tmp_path / "journal.pdf"
    monkeypatch.setattr(safety, "ask_export_options", lambda _p: safety.ExportChoice("pdf", target, names=("Sam",)))
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, yes="": asked.append(text) or False)
    assert safety.export(window, window.session.vault) is None
    assert asked and "not encrypted" in asked[0] and not target.exists()
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    job = safety.export(window, window.session.vault)
    assert job is not None
    wait_done(qtbot, job)
    assert job.error is None, job.error
    assert target.read_bytes().startswith(b"%PDF")
    assert informed and "not encrypted" in informed[-1]
    window.lock()


def test_menu_backup_and_import(qtbot, filled: Path, tmp_path: Path, monkeypatch, informed) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, filled)
    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr(safety, "ask_folder", lambda *_a: str(folder))
    window.data_actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert "was checked" in informed[-1]
    assert len(list(folder.glob("*.ijbackup"))) == 1
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"date": "2020-01-01", "time": "09:00", "title": "Imported one",
                                             "body": "x", "tags": [], "starred": False}]}))
    monkeypatch.setattr(safety, "ask_import", lambda _p: ("jrnl", [jrnl]))
    informed.clear()
    window.data_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert informed[-1] == "Imported 1 entries."
    assert window.session.journal is not None and window.session.journal.count() == 121
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    monkeypatch.setattr(safety, "ask_import", lambda _p: ("jrnl", [bad]))
    informed.clear()
    window.data_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert "bad.json" in informed[-1] and "nothing was changed" in informed[-1]
    assert window.session.journal.count() == 121
    window.lock()


def _backup_of_other_vault(tmp_path: Path) -> Path:
    other, _ = Vault.create(tmp_path / "other", OTHER)
    JournalRepository(other).save(Entry(kind="free", entry_at=datetime(2023, 1, 1).astimezone(), body="from the backup"))
    info = data_safety.back_up_to(other, tmp_path)
    other.close()
    return info.path


def test_menu_restore_locks_swaps_and_opens_with_the_backups_passphrase(qtbot, filled: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    archive = _backup_of_other_vault(tmp_path)
    window = unlocked_window(qtbot, filled)
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: str(archive))
    monkeypatch.setattr(safety, "ask_backup_secret", lambda _p: ("passphrase", OTHER))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    window.data_actions["restore"].trigger()
    assert not window.session.is_unlocked and window.workspace is None  # locked before the swap
    wait_done(qtbot, window.restore_job)
    assert "restored" in window.unlock_screen.message.text()
    window.unlock_screen.passphrase.setText(OTHER)
    window.unlock_screen.try_unlock()
    assert window.session.is_unlocked
    assert window.session.journal is not None and window.session.journal.count() == 1
    window.lock()
    assert list((filled / "backups").glob("before-restore-*.ijbackup"))


def test_unlock_screen_offers_restore_when_damaged(qtbot, filled: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    archive = _backup_of_other_vault(tmp_path)
    db_path(filled).write_bytes(b"\x00" * 4096)  # damaged
    window = MainWindow(Session(filled))
    qtbot.addWidget(window)
    window.show()
    screen = window.unlock_screen
    assert screen.restore_button.isHidden()
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    assert not screen.restore_button.isHidden() and "damaged" in screen.message.text()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: str(archive))
    monkeypatch.setattr(safety, "ask_backup_secret", lambda _p: ("passphrase", "a wrong passphrase here"))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    screen.restore_button.click()
    wait_done(qtbot, screen.restore_job)
    assert "not changed" in screen.message.text()
    monkeypatch.setattr(safety, "ask_backup_secret", lambda _p: ("passphrase", OTHER))
    screen.restore_button.setVisible(True)
    screen.restore_button.click()
    wait_done(qtbot, screen.restore_job)
    assert "restored" in screen.message.text() and screen.restore_button.isHidden()
    screen.passphrase.setText(OTHER)
    screen.try_unlock()
    assert window.session.is_unlocked
    window.lock()


def test_export_dialog_choices(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = safety.ExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.format.currentData() == "md"
    dialog.use_dates.setChecked(True)
    dialog.replace_names.setChecked(True)
    dialog.names.setText("Sam, J.T. ,")
    choice = dialog.choice(tmp_path / "x.md")
    assert choice.names == ("Sam", "J.T.") and choice.date_from is not None and choice.date_to > choice.date_from  # type: ignore[operator]
    dialog.format.setCurrentIndex(dialog.format.findData("json"))
    assert not dialog.use_dates.isEnabled()
    assert safety.ExportDialog.choice(dialog, tmp_path / "x.json") == safety.ExportChoice("json", tmp_path / "x.json")
