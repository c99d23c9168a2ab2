"""Locking with the People screen open (a person's page, the circle, typed text) leaves none of their words in
any widget, and what was typed is saved first."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from ipt_journal.app import MainWindow
from ipt_journal.domain.people import Person
from ipt_journal.services.session import Session
from ipt_journal.vault.people import PeopleRepository
from ipt_journal.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.security.test_lock_widgets import all_text


def _marker(label: str) -> str:
    return f"PPLMRK{label.upper()}{uuid.uuid4().hex[:10]}"


def test_lock_clears_the_people_screen(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    markers = {label: _marker(label) for label in ("name", "other", "good", "hard", "typed", "new-name")}
    v, _code = Vault.create(data_dir, PASSPHRASE)
    repo = PeopleRepository(v)
    person = repo.save(Person(name=markers["name"], answers={"good": markers["good"], "hard": markers["hard"]}))
    repo.place(int(person.id), 2)  # type: ignore[arg-type]
    other = repo.save(Person(name=markers["other"]))
    repo.place(int(other.id), 4)  # type: ignore[arg-type]
    v.close()

    window = MainWindow(Session(data_dir))
    qtbot.addWidget(window)
    window.show()
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.try_unlock()
    ws = window.workspace
    assert ws is not None
    vault = window.session.vault
    ws.nav.setCurrentRow(4)
    people = ws.people
    assert ws.stack.currentWidget() is people
    people.open_person(int(person.id))  # type: ignore[arg-type]
    people.page.answers["change"].setPlainText(markers["typed"])
    people.new_name.setText(markers["new-name"])
    people.tabs.setCurrentWidget(people.circle)
    people.page.answers["change"].setPlainText(markers["typed"])  # typed again after the tab saved the first
    before = all_text(window)
    assert all(m in before for m in markers.values()), [k for k, m in markers.items() if m not in before]

    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock()
    window.wait_for_background_work()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()
    assert not vault.is_open and window.workspace is None
    after = all_text(window)
    assert [k for k, m in markers.items() if m in after] == []
    with Vault.open(data_dir, passphrase=PASSPHRASE) as v2:
        assert PeopleRepository(v2).get(int(person.id)).answer("change") == markers["typed"]  # type: ignore[arg-type]
