"""Both vault files gone, backups still in backups/: the app offers to restore, not a first run (issue 19, item 5)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from ipt_journal.app import MainWindow
from ipt_journal.domain.entries import Entry
from ipt_journal.services.session import Session
from ipt_journal.ui import data_safety as safety
from ipt_journal.ui import dialogs
from ipt_journal.ui.first_run import FirstRun
from ipt_journal.ui.restore_offer import RestoreOffer
from ipt_journal.vault import backups
from ipt_journal.vault.journal import JournalRepository
from ipt_journal.vault.vault import Vault, db_path, key_path
from tests.conftest import PASSPHRASE


def _lost_files(data_dir: Path) -> Path:
    v, _ = Vault.create(data_dir, PASSPHRASE)
    JournalRepository(v).save(Entry(kind="free", entry_at=datetime(2024, 4, 1, 9).astimezone(), body="kept words"))
    info = backups.daily_backup(v)
    v.close()
    assert info is not None
    db_path(data_dir).unlink()
    key_path(data_dir).unlink()
    return info.path


def test_missing_files_with_backups_offer_a_restore(qtbot, data_dir: Path, monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    archive = _lost_files(data_dir)
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    offer = window.pages.currentWidget()
    assert isinstance(offer, RestoreOffer) and window.first_run is None
    window.resize(900, 600)
    window.grab().save(str(tmp_path / "offer.png"))
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_a: str(archive))
    monkeypatch.setattr(safety.restoring, "ask_backup_secret", lambda _p: ("passphrase", PASSPHRASE))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    offer.restore_button.click()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_screen, timeout=20_000)
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    assert window.session.is_unlocked and window.session.journal is not None and window.session.journal.count() == 1
    window.lock()


def test_starting_over_is_still_possible(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _lost_files(data_dir)
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    offer = window.pages.currentWidget()
    assert isinstance(offer, RestoreOffer)
    offer.new_button.click()
    assert isinstance(window.pages.currentWidget(), FirstRun)


def test_an_empty_folder_is_a_first_run(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir()
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    assert isinstance(window.pages.currentWidget(), FirstRun)


def test_a_damaged_key_file_offers_restore_not_a_retry(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    import json

    v, _ = Vault.create(data_dir, PASSPHRASE)
    v.close()
    doc = json.loads(key_path(data_dir).read_text())
    doc["vault_id"] = "0" * 32  # one changed field: the key file fails its own check
    key_path(data_dir).write_text(json.dumps(doc))
    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    screen = window.unlock_screen
    screen.passphrase.setText(PASSPHRASE)
    screen.try_unlock()
    text = screen.message.text()
    assert "key file" in text and "damaged" in text and "does not open" not in text
    assert not screen.restore_button.isHidden()
