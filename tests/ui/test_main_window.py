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
