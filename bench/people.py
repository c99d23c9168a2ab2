"""People figures: 200 people, each linked to about 50 entries, added to the bench vault before the unlock
measurements; then opening a person's page (p50/p95) and painting the closeness circle at 900x600."""

from __future__ import annotations

import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

PEOPLE = 200
LINKS_PER_PERSON = 50
ORDER = [
    ("people_generate_s", "add 200 people, ~50 linked entries each, placements and areas (one transaction)"),
    ("people_links", "  person links in the vault"),
    ("people_page_open_ms_p50", "People: open a person's page (click in the list, painted), median"),
    ("people_page_open_ms_p95", "People: open a person's page, p95"),
    ("people_circle_refresh_ms_p95", "closeness circle: read the circle and fill its list, p95"),
    ("people_circle_paint_ms_p95", "closeness circle: paint 200 people at 900x600 after a change (layout too), p95"),
    ("people_circle_repaint_ms_p95", "closeness circle: paint again, nothing changed (an expose), p95"),
]
TARGETS = {"people_page_open_ms_p95": 50.0, "people_circle_paint_ms_p95": 30.0}
NAMES = ("Alex", "Bea", "Cam", "Dana", "Eli", "Fran", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lou", "Mo", "Nia", "Oli")


def populate(data_dir: Path, seed: int = 1) -> dict[str, float]:
    from ipt_journal.domain.people import AREAS, RELATIONS, Person
    from ipt_journal.services.session import Session
    from bench.generate import PASSPHRASE
    from ipt_journal.vault.people import PeopleRepository

    rng = random.Random(seed)
    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    try:
        vault = session.vault
        repo = PeopleRepository(vault)
        entry_ids = [r[0] for r in vault.conn.execute("SELECT id FROM entries WHERE deleted_at IS NULL")]
        t0 = time.perf_counter()
        now = datetime.now().astimezone()
        with vault.transaction():
            for i in range(PEOPLE):
                person = repo.save(Person(
                    name=f"{NAMES[i % len(NAMES)]} {chr(65 + i // len(NAMES) % 26)}.", relation=rng.choice(RELATIONS),
                    contact=rng.choice(("", "daily", "weekly", "monthly")),
                    answers={"good": "we laugh and we walk", "hard": "old arguments about money come back",
                             "change": "I would like to call more often and say what I need"}))
                pid = int(person.id)  # type: ignore[arg-type]
                for k in range(rng.randint(1, 4)):
                    repo.place(pid, rng.randint(1, 4), at=now - timedelta(days=120 - 30 * k))
                repo.set_areas(pid, set(rng.sample(AREAS, rng.randint(0, 2))))
                for entry_id in rng.sample(entry_ids, min(LINKS_PER_PERSON, len(entry_ids))):
                    repo.link(pid, "entry", entry_id)
        links = vault.conn.execute("SELECT count(*) FROM person_links").fetchone()[0]
        return {"people_generate_s": time.perf_counter() - t0, "people_links": float(links)}
    finally:
        session.lock()


def measure(session, app) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from bench.measure import pct
    from ipt_journal.ui.people.screen import PeopleScreen

    screen = PeopleScreen(session)
    screen.resize(900, 600)
    screen.show()
    app.processEvents()
    rng = random.Random(2)
    opens = []
    rows = list(range(screen.list.count()))
    for row in rng.sample(rows, min(40, len(rows))):
        t0 = time.perf_counter()
        screen.list.setCurrentRow(row)
        screen.repaint()
        app.processEvents()
        opens.append((time.perf_counter() - t0) * 1000)
    screen.tabs.setCurrentWidget(screen.circle)
    app.processEvents()
    refresh, paints, repaints = [], [], []
    people = screen.repo.list()
    for _ in range(20):
        t0 = time.perf_counter()
        screen.circle.refresh(people)
        refresh.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        screen.circle.view.repaint()
        paints.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        screen.circle.view.repaint()
        repaints.append((time.perf_counter() - t0) * 1000)
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return {
        "people_page_open_ms_p50": statistics.median(opens), "people_page_open_ms_p95": pct(opens, 95),
        "people_circle_refresh_ms_p95": pct(refresh, 95), "people_circle_paint_ms_p95": pct(paints, 95),
        "people_circle_repaint_ms_p95": pct(repaints, 95),
    }


def hook(data_dir: Path, order: list, targets: dict, log=None) -> dict[str, float]:  # type: ignore[no-untyped-def,type-arg]
    """What python -m bench calls after generating the vault: add the people, and list the figures."""
    (log or (lambda m: print(m, file=sys.stderr)))(f"people ({PEOPLE}, ~{LINKS_PER_PERSON} linked entries each) …")
    order.extend(ORDER)
    targets.update(TARGETS)
    return populate(data_dir)
