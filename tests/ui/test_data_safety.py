"""Back up, restore, export and import from the window; long work in a worker thread that can be cancelled."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from ipt_journal.app import MainWindow
from ipt_journal.domain.entries import Entry, EntrySummary, TimelineFilter
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
    if job.running:
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
    monkeypatch.setattr(safety.exporting, "ask_export_options", lambda _p, _v=None: safety.ExportChoice("pdf", target, names=("Sam",)))
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
    monkeypatch.setattr(safety.backing_up, "ask_folder", lambda *_a: str(folder))
    window.data_actions["backup"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert "was checked" in informed[-1]
    assert len(list(folder.glob("*.ijbackup"))) == 1
    jrnl = tmp_path / "jrnl.json"
    jrnl.write_text(json.dumps({"entries": [{"date": "2020-01-01", "time": "09:00", "title": "Imported one",
                                             "body": "x", "tags": [], "starred": False}]}))
    monkeypatch.setattr(safety.importing, "ask_import", lambda _p: ("jrnl", [jrnl]))
    informed.clear()
    window.data_actions["import"].trigger()
    qtbot.waitUntil(lambda: bool(informed), timeout=20_000)
    assert informed[-1] == "Imported 1 entry."
    assert window.session.journal is not None and window.session.journal.count() == 121
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    monkeypatch.setattr(safety.importing, "ask_import", lambda _p: ("jrnl", [bad]))
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
    monkeypatch.setattr(safety.restoring, "ask_backup_secret", lambda _p: ("passphrase", OTHER))
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
    monkeypatch.setattr(safety.restoring, "ask_backup_secret", lambda _p: ("passphrase", "a wrong passphrase here"))
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    screen.restore_button.click()
    wait_done(qtbot, screen.restore_job)
    assert "not changed" in screen.message.text()
    monkeypatch.setattr(safety.restoring, "ask_backup_secret", lambda _p: ("passphrase", OTHER))
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
    assert not dialog.what.isVisibleTo(dialog) and dialog.everything.isVisibleTo(dialog)
    assert not dialog.replace_names.isVisibleTo(dialog)
    assert safety.ExportDialog.choice(dialog, tmp_path / "x.json") == safety.ExportChoice("json", tmp_path / "x.json")


# -- what to export: the agenda, goals, or entries picked from a list --------------------


def test_export_dialog_what_choices(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    summaries = [EntrySummary(i, "free", datetime(2024, 5, 1).astimezone() - timedelta(days=i), f"note {i}", (), None)
                 for i in range(5)]
    dialog = safety.ExportDialog(None, lambda: summaries)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.what.itemData(i) for i in range(dialog.what.count())] == ["entries", "selected", "agenda", "goals"]
    dialog.replace_names.setChecked(True)
    dialog.what.setCurrentIndex(dialog.what.findData("agenda"))
    assert not dialog.dates.isVisible() and not dialog.picker_row.isVisible() and dialog.ok.isEnabled()
    assert dialog.choice(tmp_path / "a.md") == safety.ExportChoice("md", tmp_path / "a.md", names=(), what="agenda")
    dialog.what.setCurrentIndex(dialog.what.findData("goals"))
    assert dialog.choice(tmp_path / "g.pdf").what == "goals"
    dialog.what.setCurrentIndex(dialog.what.findData("selected"))
    assert dialog.picker_row.isVisible() and not dialog.dates.isVisible()
    assert not dialog.ok.isEnabled() and dialog.picked_label.text() == "None chosen yet"
    offered: list[list[EntrySummary]] = []

    def pick(_parent, entries, chosen):  # type: ignore[no-untyped-def]
        offered.append(entries)
        return (3, 1)

    monkeypatch.setattr(safety.entry_picker, "ask_entries", pick)
    dialog.pick.click()
    assert offered == [summaries] and dialog.ok.isEnabled() and dialog.picked_label.text() == "2 entries chosen"
    monkeypatch.setattr(safety.entry_picker, "ask_entries", lambda *_a: None)  # cancelling the picker keeps the choice
    dialog.pick.click()
    choice = dialog.choice(tmp_path / "s.md")
    assert choice.ids == (3, 1) and choice.what == "entries" and choice.date_from is None and choice.names == ()
    dialog.what.setCurrentIndex(dialog.what.findData("entries"))
    dialog.use_dates.setChecked(True)
    dialog.date_from.setDate(QDate(2024, 5, 10))
    dialog.date_to.setDate(QDate(2024, 5, 1))  # the wrong way round: taken as the range it covers
    choice = dialog.choice(tmp_path / "e.md")
    assert choice.ids is None and choice.date_from.date().isoformat() == "2024-05-01"  # type: ignore[union-attr]
    assert choice.date_to.date().isoformat() == "2024-05-11"  # type: ignore[union-attr]


def test_entry_picker_filter_ticks_and_keyboard(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    repo = JournalRepository(vault)
    start = datetime(2024, 4, 1, 20).astimezone()
    long = "I kept thinking about what was said and I wanted to tell the group how much it hurt. " * 6
    for i in range(30):
        repo.save(Entry(kind="free", entry_at=start + timedelta(days=i), title="" if i % 2 else f"Night {i}",
                        body=long if i % 2 else "short"))
    summaries = repo.timeline(TimelineFilter(), limit=1000)
    picker = safety.EntryPicker(None, summaries, chosen=(summaries[0].id, 999_999))
    qtbot.addWidget(picker)
    picker.resize(900, 600)
    picker.show()
    rows = picker.rows
    assert rows.rowCount() == 30 and rows.data(rows.index(0)).startswith("Tue 30 Apr 2024")  # newest first
    assert picker.chosen() == (summaries[0].id,) and picker.count.text() == "1 entry ticked"
    assert not picker.grab().isNull() and picker.grab().save(str(vault.data_dir.parent / "export_picker.png"))
    picker.filter.setText("night")
    assert rows.rowCount() == 15
    picker.list.setCurrentIndex(rows.index(1))
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)  # space ticks the current row
    assert rows.data(rows.index(1), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert len(picker.chosen()) == 2
    picker.filter.setText("april 2024 hurt")
    assert rows.rowCount() == 15
    rows.tick_shown(True)
    assert len(picker.chosen()) == 16 and picker.count.text() == "16 entries ticked"  # 15 shown + the night ticked above
    picker.filter.setText("nothing like this")
    assert rows.rowCount() == 0 and picker.empty.isVisible()
    picker.filter.clear()
    rows.tick_shown(False)
    assert picker.chosen() == () and not picker.ok.isEnabled()
    rows.setData(rows.index(29), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert picker.chosen() == (summaries[29].id,) and picker.ok.isEnabled()


def test_ask_export_options_offers_the_timeline_and_names_the_file(qtbot, vault: Vault, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    repo = JournalRepository(vault)
    ids = [repo.save(Entry(kind="free", entry_at=datetime(2024, 1, 1 + i, 9).astimezone(), body=f"day {i}")).id
           for i in range(3)]
    asked: list[str] = []

    def run(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.what.setCurrentIndex(dialog.what.findData("selected"))
        dialog.choose_entries()
        return 1

    monkeypatch.setattr(safety.ExportDialog, "exec", run)
    monkeypatch.setattr(safety.entry_picker, "ask_entries", lambda _p, entries, _c: tuple(e.id for e in entries[:2]))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda _p, _t, suggested, _f: asked.append(suggested) or str(tmp_path / suggested))
    choice = safety.ask_export_options(None, vault)
    assert choice is not None and choice.ids == (ids[2], ids[1])  # newest first, as the timeline shows them
    assert asked == ["ipt-journal-journal.md"]

    def run_agenda(dialog):  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
        dialog.what.setCurrentIndex(dialog.what.findData("agenda"))
        return 1

    monkeypatch.setattr(safety.ExportDialog, "exec", run_agenda)
    assert safety.ask_export_options(None, vault).what == "agenda"  # type: ignore[union-attr]
    assert asked[-1] == "ipt-journal-next-session.pdf"


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(text.replace("\t", " ").split(" "))  # Qt's PDFs space words with tabs


def test_menu_export_of_the_agenda_goals_and_picked_entries(qtbot, data_dir: Path, tmp_path: Path, monkeypatch, informed) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.agenda import AgendaItem
    from ipt_journal.domain.goals import CheckIn, Goal
    from ipt_journal.vault.agenda import AgendaRepository
    from ipt_journal.vault.goals import GoalRepository

    v, _ = Vault.create(data_dir, PASSPHRASE)
    repo = JournalRepository(v)
    when = datetime(2024, 4, 1, 20).astimezone()
    picked = [repo.save(Entry(kind="free", entry_at=when + timedelta(days=i), title=f"Night {i}",
                              body=f"Sam said something on night {i}")).id for i in range(4)]
    AgendaRepository(v).add(AgendaItem(text="Tell Sam I felt left out", draft="I felt left out when Sam laughed"))
    goal = GoalRepository(v).create(Goal(title="Speak up once per session", why="Sam speaks for me"))
    GoalRepository(v).add_checkin(CheckIn(int(goal.id), when, score=6, note="Sam noticed"))  # type: ignore[arg-type]
    v.close()
    window = unlocked_window(qtbot, data_dir)
    monkeypatch.setattr(dialogs, "confirm", lambda *_a, **_k: True)
    for choice, summary in (
        (safety.ExportChoice("md", tmp_path / "agenda.md", names=("Sam",), what="agenda"), "1 open item and 0 past sessions"),
        (safety.ExportChoice("pdf", tmp_path / "agenda.pdf", names=("Sam",), what="agenda"), "1 open item"),
        (safety.ExportChoice("pdf", tmp_path / "goals.pdf", names=("Sam",), what="goals"), "1 goal"),
        (safety.ExportChoice("pdf", tmp_path / "picked.pdf", names=("Sam",), ids=(picked[3], picked[1])), "2 entries"),
    ):
        monkeypatch.setattr(safety.exporting, "ask_export_options", lambda _p, _v=None, choice=choice: choice)
        job = safety.export(window, window.session.vault)
        assert job is not None
        wait_done(qtbot, job)
        assert job.error is None, job.error
        assert informed[-1].startswith(f"Saved {summary}") and "not encrypted" in informed[-1]
    text = (tmp_path / "agenda.md").read_text(encoding="utf-8")
    assert "### 1. Tell Member A I felt left out" in text and "Sam" not in text
    agenda = pdf_text(tmp_path / "agenda.pdf")
    assert "My list for next session" in agenda and "Tell Member A I felt left out" in agenda and "Sam" not in agenda
    goals = pdf_text(tmp_path / "goals.pdf")
    assert "Speak up once per session" in goals and "6/10" in goals and "Member A noticed" in goals and "Sam" not in goals
    entries = pdf_text(tmp_path / "picked.pdf")
    assert "Night 1" in entries and "Night 3" in entries and "Night 0" not in entries and "Night 2" not in entries
    assert entries.index("Night 1") < entries.index("Night 3") and "Sam" not in entries
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["agenda.md", "agenda.pdf", "goals.pdf", "picked.pdf"]
    window.lock()
