"""Insights figures: three years of three check-ins a day on top of the generated vault, then opening
the Insights screen, painting the year's calendar, and "Since your last session" (python -m bench)."""

from __future__ import annotations

import random
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

TARGETS = {"insights_open_p95_ms": 150.0, "heatmap_paint_p95_ms": 50.0, "since_last_session_p95_ms": 100.0}
MEANINGS = {
    "insights_checkins": "check-ins added (three a day for three years)",
    "insights_checkins_s": "adding them (one transaction)",
    "insights_series_points": "points in the one feelings series (check-ins + forms + debriefs)",
    "insights_open_p50_ms": "open Insights (build, read the series once, first paint), median",
    "insights_open_p95_ms": "open Insights, p95",
    "insights_refresh_p95_ms": "Insights refresh (read + draw every view), p95",
    "heatmap_paint_p95_ms": "paint the year calendar (1280 wide), p95",
    "since_last_session_p95_ms": "Since your last session (fresh reader each time), p95",
    "today_card_refresh_p95_ms": "Today's looking-back card refresh, p95",
}


def _pct(values: list[float], q: float) -> float:
    from bench.measure import pct

    return pct(values, q)


def add_checkins(session, years: int = 3, per_day: int = 3, seed: int = 5) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    from ipt_journal.domain.feelings import WORDS, ChosenWord, clamp, new_checkin
    from ipt_journal.vault.checkins import CheckinRepository

    rng = random.Random(seed)
    keys = sorted(WORDS)
    people = [None, None, "Sam", "Ana", "Mum", "J."]
    now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
    batch = []
    for d in range(365 * years):
        for hour in (9, 14, 21)[:per_day]:
            at = (now - timedelta(days=d)).replace(hour=hour)
            words = tuple(ChosenWord(k, rng.randint(0, 10)) for k in rng.sample(keys, rng.randint(0, 3)))
            grid = rng.random() < 0.8 or not words
            batch.append(new_checkin(at, valence=clamp(round(rng.gauss(0, 2.5))) if grid else None,
                                     energy=clamp(rng.randint(-5, 5)) if grid else None, words=words,
                                     person_name=rng.choice(people), note="" if rng.random() < 0.6 else "a short note"))
    t0 = time.perf_counter()
    CheckinRepository(session.vault).add_many(batch)
    return len(batch), time.perf_counter() - t0


def run(data_dir: Path, log=None, runs: int = 20) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Adds the check-ins to the generated vault (before the unlock children run, so they see them) and measures."""
    from PySide6.QtWidgets import QApplication

    from ipt_journal.services.insights import Insights
    from ipt_journal.services.session import Session
    from ipt_journal.ui.insights.looking_back import LookingBackCard
    from ipt_journal.ui.insights.screen import InsightsScreen
    from ipt_journal.ui.style import STYLE
    from bench.generate import PASSPHRASE

    log = log or (lambda msg: print(msg, file=sys.stderr))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)  # type: ignore[union-attr]
    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    out: dict[str, float] = {}
    try:
        log("insights: adding three years of check-ins …")
        n, secs = add_checkins(session)
        out["insights_checkins"], out["insights_checkins_s"] = float(n), secs
        out["insights_series_points"] = float(len(Insights(session).series()))
        opens, refreshes, paints = [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            screen = InsightsScreen(session)
            screen.resize(1280, 800)
            screen.show()
            app.processEvents()  # type: ignore[union-attr]
            screen.repaint()
            opens.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            screen.refresh()
            app.processEvents()  # type: ignore[union-attr]
            refreshes.append((time.perf_counter() - t0) * 1000)
            screen.heat.resize(1280, screen.heat.heightForWidth(1280))
            t0 = time.perf_counter()
            screen.heat.grab()
            paints.append((time.perf_counter() - t0) * 1000)
            screen.close()
            screen.deleteLater()
            app.processEvents()  # type: ignore[union-attr]
        out["insights_open_p50_ms"] = _pct(opens, 50)
        out["insights_open_p95_ms"] = _pct(opens, 95)
        out["insights_refresh_p95_ms"] = _pct(refreshes, 95)
        out["heatmap_paint_p95_ms"] = _pct(paints, 95)
        now = datetime.now().astimezone()
        since = []
        for _ in range(runs * 2):
            t0 = time.perf_counter()
            Insights(session).since_last_session(now)
            since.append((time.perf_counter() - t0) * 1000)
        out["since_last_session_p95_ms"] = _pct(since, 95)
        card = LookingBackCard(session)
        cards = []
        for _ in range(runs):
            t0 = time.perf_counter()
            card.refresh(now)
            cards.append((time.perf_counter() - t0) * 1000)
        out["today_card_refresh_p95_ms"] = _pct(cards, 95)
        card.deleteLater()
    finally:
        session.lock()
    for key, value in out.items():
        target = TARGETS.get(key)
        mark = f" (target ≤{target:g}{' ok' if value <= target else ' MISS'})" if target else ""
        log(f"  {key:<28} {value:>10.2f}{mark}  {MEANINGS.get(key, '')}")
    return out
