"""The lock-screen card is the only plan text ever outside the vault, and only when the member turns it on.

Markers in every plan field and elsewhere in the vault are scanned for on disk (UTF-8/16) with the card off,
on, after an edit, and off again.
"""

from __future__ import annotations

import json
import os
import stat
import time
from datetime import datetime
from pathlib import Path

from ipt_journal.domain.entries import Entry
from ipt_journal.domain.support import PlanItem, SupportPlan
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs
from ipt_journal.ui.support.lock_card_option import LockCardOption
from ipt_journal.ui.support.page import SupportDialog
from ipt_journal.vault import lock_card
from ipt_journal.vault.support_plan import SupportPlanRepository
from tests.conftest import PASSPHRASE
from tests.security.test_no_plaintext import _marker, _scan


def _folders(tmp_path: Path) -> list[Path]:
    return [tmp_path, Path(os.environ["HOME"]), Path(os.environ["XDG_CONFIG_HOME"])]


def _fill(session: Session, mk) -> tuple[SupportPlan, dict[str, str]]:  # type: ignore[no-untyped-def]
    """A plan with a marker in every field, a trigger entry with markers; returns the plan and the card's markers."""
    card = {k: mk(k) for k in ("pname", "preach", "sname", "sreach")}
    plan = SupportPlan((
        PlanItem("warning_signs", mk("sign")),
        PlanItem("on_my_own", mk("own")),
        PlanItem("distractions", mk("distract")),
        PlanItem("people", card["pname"], card["preach"]),
        PlanItem("professionals", card["sname"], card["sreach"]),
        PlanItem("safer_surroundings", mk("safer")),
        PlanItem("reasons", mk("reason")),
    ))
    assert session.journal is not None
    session.journal.save(Entry(kind="trigger", entry_at=datetime.now().astimezone(), title=mk("title"),
                               fields={"what_happened": mk("happened"), "urge_strength": "9", "helped": mk("helped")}))
    saved = SupportPlanRepository(session.vault).save(plan)
    return saved, card


def test_lock_card_off_on_edit_off(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    since = time.time() - 1
    markers: list[str] = []

    def mk(label: str) -> str:
        m = _marker(label)
        markers.append(m)
        return m

    data_dir = tmp_path / "vault"
    session = Session(data_dir)
    session.create(PASSPHRASE)
    plan, card = _fill(session, mk)
    folders = _folders(tmp_path)

    # Off by default: nothing of the plan outside the vault, and no card file.
    assert not lock_card.is_enabled(data_dir)
    scanned, hits = _scan(folders, markers, since)
    assert scanned >= 2 and hits == {}
    assert not list(data_dir.glob("*card*"))

    # Declining the plain warning writes nothing.
    monkeypatch.setattr(dialogs, "confirm", lambda *a, **k: False)
    option = LockCardOption(session)
    qtbot.addWidget(option)
    option.box.click()
    assert not option.box.isChecked()
    option.apply()
    assert not lock_card.is_enabled(data_dir)

    # On: exactly the two sections' names and ways to reach them, in their own 0600 file.
    told: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, **k: told.append(text) or True)
    option = LockCardOption(session)
    qtbot.addWidget(option)
    option.box.click()
    assert option.box.isChecked() and "unencrypted" in told[0]
    option.apply()
    path = lock_card.card_path(data_dir)
    assert path.parent == data_dir and stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["contacts"] == {
        "people": [{"name": card["pname"], "reach": card["preach"]}],
        "professionals": [{"name": card["sname"], "reach": card["sreach"]}],
    }
    _n, hits = _scan(folders, markers, since)
    assert set(hits) == set(card.values())
    assert all(files == [str(path)] for files in hits.values())

    # An edit of the plan rewrites the card: the new number is there, the old one gone, still nothing else.
    new_reach = mk("newreach")
    people = plan.section("people")[0].with_changes(reach=new_reach)
    SupportPlanRepository(session.vault).save(plan.with_section("people", [people]))
    _n, hits = _scan(folders, markers, since)
    assert set(hits) == {card["pname"], new_reach, card["sname"], card["sreach"]}
    assert all(files == [str(path)] for files in hits.values())
    assert not path.with_name(f".{path.name}.tmp").exists()

    # The lock screen can read it while the journal is locked, and shows only those names.
    session.lock()
    page = SupportDialog(session)
    qtbot.addWidget(page)
    assert page.plan_text is not None
    shown = page.plan_text.text()
    assert card["pname"] in shown and new_reach in shown and card["sname"] in shown
    assert not any(m in shown for m in markers if m not in (card["pname"], new_reach, card["sname"], card["sreach"]))

    # Off again (possible while locked): the file is gone and nothing of the plan is left outside the vault.
    option = LockCardOption(session)
    qtbot.addWidget(option)
    assert option.box.isChecked() and option.box.isEnabled()
    option.box.click()
    option.apply()
    assert not path.exists() and not lock_card.is_enabled(data_dir)
    _n, hits = _scan(folders, markers, since)
    assert hits == {}


def test_turning_on_needs_the_journal_open(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "vault"
    session = Session(data_dir)
    session.create(PASSPHRASE)
    session.lock()
    option = LockCardOption(session)
    qtbot.addWidget(option)
    assert not option.box.isEnabled() and not option.box.isChecked()
    option.apply()
    assert not lock_card.is_enabled(data_dir)


def test_a_damaged_card_shows_nothing_and_never_breaks_the_page(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "vault"
    session = Session(data_dir)
    session.create(PASSPHRASE)
    session.lock()
    for junk in (b"\xff\xfe not json", b'{"format": "something else"}', b'{"format": "ipt-journal-lock-card", '
                 b'"contacts": {"people": [{"name": 3}, "x", {"name": "Ana", "reach": "555"}]}}'):
        lock_card.card_path(data_dir).write_bytes(junk)
        page = SupportDialog(session)
        qtbot.addWidget(page)
        text = page.plan_text.text() if page.plan_text is not None else ""
        assert ("Ana" in text) == (b"Ana" in junk)


def test_a_card_that_cannot_follow_the_plan_is_removed_not_left_stale(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import errno

    data_dir = tmp_path / "vault"
    session = Session(data_dir)
    session.create(PASSPHRASE)
    repo = SupportPlanRepository(session.vault)
    plan = repo.save(SupportPlan((PlanItem("people", "Ana", "555 0100"),)))
    lock_card.enable(data_dir, plan)

    def disk_full(_path: Path, _data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock_card, "write_internal_bytes", disk_full)
    saved = repo.save(plan.with_section("people", [plan.items[0].with_changes(reach="555 0199")]))
    assert repo.get() == saved and saved.items[0].reach == "555 0199"  # the plan itself is saved
    assert not lock_card.is_enabled(data_dir)  # and the lock screen never shows the old number
    session.lock()
