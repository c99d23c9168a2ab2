"""The main window's lock controller: the screensaver locks, and locking stops work running in the background."""

from __future__ import annotations

import threading

from ipt_journal.ui import data_safety, dialogs
from ipt_journal.vault.vault import Vault
from tests.ui.test_foundation_ui import unlocked_window


def test_the_screensaver_turning_on_locks_and_turning_off_does_nothing(qtbot, vault: Vault) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    window.screensaver_changed(False)
    assert window.session.is_unlocked and window.workspace is not None
    with qtbot.waitSignal(window.locked, timeout=2000):
        window.screensaver_changed(True)
    assert not window.session.is_unlocked and window.workspace is None
    assert window.pages.currentWidget() is window.unlock_screen
    window.screensaver_changed(True)  # already locked: nothing more happens
    assert window.pages.currentWidget() is window.unlock_screen


def test_locking_cancels_a_running_background_job(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window = unlocked_window(qtbot, vault)
    window.wait_for_background_work()  # the daily backup has its own thread; not the job under test
    told: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: told.append(text))
    started, gate = threading.Event(), threading.Event()
    handles: list[Vault] = []
    steps: list[int] = []

    def work(handle: Vault, report) -> str:  # type: ignore[no-untyped-def]
        handles.append(handle)
        started.set()
        for i in range(200_000):  # only a cancel ends it early; a lock that did not cancel lets it finish
            report(i, 0)
            steps.append(i)
            gate.wait(0.001)
        return "finished"

    job = data_safety.run_in_background(window, "Export", "Working…", work, vault=window.session.vault)
    qtbot.waitUntil(started.is_set, timeout=5000)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        window.lock()
    assert job.was_cancelled and job.result is None and job.error is None
    assert len(steps) < 200_000
    assert told == ["Stopped. Nothing was written."]
    assert not handles[0].is_open  # the worker's own connection (and its key copy) was closed
    assert not window.session.is_unlocked


def _gated(started: threading.Event, gate: threading.Event, report, after_rows: int = 0):  # type: ignore[no-untyped-def]
    """A progress callback that stops once, when after_rows rows are done, until the test opens the gate."""

    def progress(done: int, total: int) -> None:
        if done >= after_rows and not started.is_set():
            started.set()
            gate.wait(10)
        report(done, total)

    return progress


def test_the_window_owns_one_task_manager_and_locking_cancels_a_running_export(qtbot, vault: Vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from ipt_journal.domain.entries import Entry
    from ipt_journal.services import data_safety as service
    from ipt_journal.vault.journal import JournalRepository

    for i in range(3):
        JournalRepository(vault).save(Entry(kind="free", entry_at=datetime(2024, 5, i + 1).astimezone(), body="words"))
    window = unlocked_window(qtbot, vault)
    window.wait_for_background_work()  # today's backup is not the job under test
    assert window.tasks.running() == []
    out = tmp_path / "out"
    out.mkdir()
    started, gate = threading.Event(), threading.Event()

    def work(handle, report):  # type: ignore[no-untyped-def]
        return service.export_to(handle, "json", out / "all.json", progress=_gated(started, gate, report))

    job = window.tasks.run(window, "Export", "Exporting…", work, vault=window.session.vault, quiet=True)
    qtbot.waitUntil(lambda: started.is_set() or not job.running, timeout=5000)
    assert job.error is None, job.error
    assert window.tasks.running() == [job]
    window.lock()
    gate.set()
    qtbot.waitUntil(lambda: window.tasks.running() == [], timeout=10_000)
    assert job.was_cancelled and job.error is None
    assert list(out.iterdir()) == []  # no file, not even a temporary one


def test_locking_cancels_a_running_import_and_it_rolls_back(qtbot, vault: Vault, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from ipt_journal.domain.entries import Entry
    from ipt_journal.services import data_safety as service
    from ipt_journal.vault import json_import
    from ipt_journal.vault.journal import JournalRepository
    from ipt_journal.vault.json_export import write_json_export
    from tests.conftest import PASSPHRASE

    source, _code = Vault.create(tmp_path / "source", PASSPHRASE)
    start = datetime(2024, 1, 1, 20, 0).astimezone()
    for i in range(30):
        JournalRepository(source).save(Entry(kind="free", entry_at=start + timedelta(days=i), body=f"from elsewhere {i}"))
    write_json_export(source, tmp_path / "export.json")
    source.close()
    before = int(vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0])
    monkeypatch.setattr(json_import, "BATCH", 5)  # progress (and a Cancel) every five rows
    window = unlocked_window(qtbot, vault)
    window.wait_for_background_work()
    started, gate = threading.Event(), threading.Event()

    def work(handle, report):  # type: ignore[no-untyped-def]
        return service.import_from(handle, "json", [tmp_path / "export.json"], progress=_gated(started, gate, report, 10))

    job = window.tasks.run(window, "Import", "Importing…", work, vault=window.session.vault, quiet=True)
    qtbot.waitUntil(started.is_set, timeout=5000)  # ten rows are in the import's open transaction now
    assert window.tasks.running() == [job]
    window.lock()
    gate.set()
    qtbot.waitUntil(lambda: window.tasks.running() == [], timeout=10_000)
    assert job.was_cancelled and job.error is None and job.result is None
    window.session.unlock(PASSPHRASE)
    assert int(window.session.vault.conn.execute("SELECT count(*) FROM entries").fetchone()[0]) == before
    window.session.lock()


def test_the_daily_backup_runs_through_the_task_manager_and_tells_a_problem_in_the_status_bar(qtbot, vault: Vault, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ipt_journal.services import data_safety as service

    def broken(_handle):  # type: ignore[no-untyped-def]
        raise RuntimeError("the disk went away")

    monkeypatch.setattr(service, "daily_backup_quietly", broken)
    window = unlocked_window(qtbot, vault)
    job = window.daily_backup
    assert job is not None and job.dialog is None  # quiet: no progress window on unlock
    qtbot.waitUntil(lambda: window.tasks.running() == [], timeout=10_000)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Something unexpected stopped this. Nothing was lost") and "RuntimeError" not in shown
