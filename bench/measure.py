"""The measurements. Figures are floats; seconds (_s), milliseconds (_ms) or megabytes (_mb)."""

from __future__ import annotations

import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

from bench.generate import COMMON, FEELINGS, PASSPHRASE, RARE

ROOT = Path(__file__).resolve().parent.parent


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[k]


def child_env(data_dir: Path, config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["BENCH_DATA_DIR"] = str(data_dir)
    env["BENCH_CONFIG_DIR"] = str(config_dir)
    env["BENCH_PASSPHRASE"] = PASSPHRASE
    env.pop("BENCH_PROFILE", None)
    return env


def _run_child(args: list[str], env: dict[str, str]) -> tuple[float, dict[str, float]]:
    env = dict(env)
    env["BENCH_T0"] = repr(time.time())
    t0 = time.perf_counter()
    proc = subprocess.run(args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    line = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")][-1]
    return wall, json.loads(line)


def cold_start(data_dir: Path, config_dir: Path, runs: int = 3) -> dict[str, float]:
    from bench.child import COLD_CODE

    env = child_env(data_dir, config_dir)
    walls, visible, imports = [], [], []
    for _ in range(runs):
        wall, rep = _run_child([sys.executable, "-c", COLD_CODE], env)
        walls.append(wall)
        visible.append(rep["visible_s"])
        imports.append(rep["import_s"])
    return {
        "cold_start_s": statistics.median(walls),
        "cold_start_visible_s": statistics.median(visible),
        "cold_start_import_s": statistics.median(imports),
    }


def unlock(data_dir: Path, config_dir: Path, runs: int = 3, *, profile: Path | None = None) -> dict[str, float]:
    """Each run is a fresh process: window on the unlock screen, then unlock and paint the Journal.

    With profile, one more fresh process is run under cProfile (not counted) and its statistics go to stderr.
    """
    env = child_env(data_dir, config_dir)
    reps = [_run_child([sys.executable, "-m", "bench.child", "unlock"], env)[1] for _ in range(runs)]
    if profile is not None:
        import pstats

        _run_child([sys.executable, "-m", "bench.child", "unlock"], {**env, "BENCH_PROFILE": str(profile)})
        print("cProfile of unlock to ready in a fresh process (figures include the profiler's overhead):",
              file=sys.stderr)
        stats = pstats.Stats(str(profile), stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
    out = {key: statistics.median(r[key] for r in reps) for key in reps[0] if key != "rss_mb"}
    out["rss_mb"] = max(r["rss_mb"] for r in reps)
    return out


def kdf(runs: int = 5) -> dict[str, float]:
    from ipt_journal.vault import keyfile

    times = []
    for i in range(runs):
        t = time.perf_counter()
        keyfile.derive(PASSPHRASE, bytes([i]) * keyfile.SALT_BYTES, keyfile.PRODUCTION_KDF)
        times.append(time.perf_counter() - t)
    return {"kdf_s": statistics.median(times)}


def search_queries(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    common = [w for w in COMMON if len(w) > 3]
    queries: list[str] = []
    queries += rng.sample(common, 12)  # common words
    queries += rng.sample(RARE, 10)  # rare words
    queries += rng.sample(list(FEELINGS), 6)  # feeling words (body and extra)
    queries += [w[: rng.choice((2, 3))] for w in rng.sample(common + RARE, 10)]  # prefixes
    queries += [f'"{a} {b}"' for a, b in (("felt", "the"), ("in", "group"), ("my", "partner"), ("the", "group"),
                                          ("i", "think"), ("talk", "about"))]  # quoted phrases
    queries += [f"{rng.choice(common)} -{rng.choice(common)}" for _ in range(3)]  # negations
    queries += [f"{rng.choice(common)} {rng.choice(RARE)}", f"{rng.choice(FEELINGS)} work", "group feedback"]
    assert len(queries) == 50, len(queries)
    return queries


def search(journal) -> dict[str, float]:  # type: ignore[no-untyped-def]
    journal.search("warm up")
    times = []
    for q in search_queries():
        t = time.perf_counter()
        journal.search(q)
        times.append((time.perf_counter() - t) * 1000)
    return {"search_p50_ms": pct(times, 50), "search_p95_ms": pct(times, 95), "search_max_ms": max(times)}


def search_all(session) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The same 50 queries through the one search over every kind (entries, goals, agenda, debriefs)."""
    from ipt_journal.services.search import search_everything

    search_everything(session, "warm up")
    times = []
    for q in search_queries():
        t = time.perf_counter()
        search_everything(session, q)
        times.append((time.perf_counter() - t) * 1000)
    return {"search_all_p50_ms": pct(times, 50), "search_all_p95_ms": pct(times, 95), "search_all_max_ms": max(times)}


def big_entry_id(journal, words: int = 5000) -> int:  # type: ignore[no-untyped-def]
    from datetime import datetime

    from bench.generate import Words
    from ipt_journal.domain.entries import Entry

    body = Words(random.Random(99)).paragraphs(words)
    entry = journal.save(Entry(kind="free", entry_at=datetime.now().astimezone(), title="A long night", body=body,
                               tags=("sleep", "family")))
    return int(entry.id)


def save(session, app, reps: int = 20) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """EntryEditor.save_now() of a 5,000-word entry after an edit: alone, and inside the Journal screen."""
    from PySide6.QtGui import QTextCursor

    from ipt_journal.ui.editor import EntryEditor
    from ipt_journal.ui.journal import JournalScreen

    journal = session.journal
    entry_id = big_entry_id(journal)

    def run(editor, load) -> tuple[list[float], list[float]]:  # type: ignore[no-untyped-def]
        load()
        app.processEvents()
        saves, keys = [], []
        for i in range(reps):
            cursor = editor.body.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            t = time.perf_counter()
            cursor.insertText(f" edit{i}")  # one keystroke's worth: textChanged -> status word count
            keys.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            editor.save_now()
            saves.append((time.perf_counter() - t) * 1000)
            app.processEvents()
        return saves, keys

    editor = EntryEditor(journal)
    editor.resize(700, 700)
    editor.show()
    saves, keys = run(editor, lambda: editor.load(journal.get(entry_id)))
    editor.close()
    editor.deleteLater()

    screen = JournalScreen(session)
    screen.resize(1000, 700)
    screen.show()
    ui_saves, _ = run(screen.editor, lambda: screen.open_entry(entry_id))
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return {
        "save_ms_p95": pct(saves, 95),
        "save_ms_p50": pct(saves, 50),
        "save_in_journal_screen_ms_p95": pct(ui_saves, 95),
        "keystroke_ms_p95": pct(keys, 95),
    }


def timeline(session, app) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """Fetch every page of the timeline, then paint it top to bottom a screenful at a time."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListView

    from ipt_journal.ui.models import TimelineModel

    view = QListView()
    view.setUniformItemSizes(True)
    view.setWordWrap(False)
    view.setSpacing(3)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.resize(320, 600)
    t0 = time.perf_counter()
    model = TimelineModel(session.journal, view)
    view.setModel(model)
    view.show()
    app.processEvents()
    t_first = time.perf_counter()
    while model.canFetchMore():
        model.fetchMore()
    app.processEvents()
    t_fetched = time.perf_counter()
    bar = view.verticalScrollBar()
    steps = 0
    while True:
        view.viewport().repaint()
        steps += 1
        if bar.value() >= bar.maximum():
            break
        bar.setValue(bar.value() + bar.pageStep())
    app.processEvents()
    t_end = time.perf_counter()
    rows = model.rowCount()
    t_jump = time.perf_counter()  # a fresh list, then the End key: the oldest entry's words on screen
    fresh = TimelineModel(session.journal, view)
    view.setModel(fresh)
    fresh.ensure_loaded(fresh.total - 1)
    view.scrollToBottom()
    oldest = fresh.data(fresh.index(fresh.rowCount() - 1))
    view.viewport().repaint()
    t_jumped = time.perf_counter()
    assert oldest, "the oldest row has its words"
    view.close()
    view.deleteLater()
    app.processEvents()
    return {
        "timeline_scroll_ms": (t_end - t0) * 1000,
        "timeline_first_page_ms": (t_first - t0) * 1000,
        "timeline_fetch_all_ms": (t_fetched - t_first) * 1000,
        "timeline_paint_ms": (t_end - t_fetched) * 1000,
        "timeline_jump_oldest_ms": (t_jumped - t_jump) * 1000,
        "timeline_rows": float(rows),
        "timeline_screens": float(steps),
    }


def backup(session, out_dir: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    dest = out_dir / "bench.ijbackup"
    t = time.perf_counter()
    session.vault.backup_to(dest)
    secs = time.perf_counter() - t
    return {"backup_s": secs, "backup_mb": dest.stat().st_size / 1e6, **restore(dest, out_dir)}


def restore(archive: Path, out_dir: Path) -> dict[str, float]:
    """verify_backup (the member's check, indexes rebuilt) and restore_backup into an empty folder."""
    import shutil

    from ipt_journal.vault.backup import restore_backup, verify_backup

    t = time.perf_counter()
    verify_backup(archive, passphrase=PASSPHRASE)
    verify_s = time.perf_counter() - t
    target = out_dir / "restored"
    target.mkdir(mode=0o700)
    try:
        t = time.perf_counter()
        restore_backup(target, archive, passphrase=PASSPHRASE)
        restore_s = time.perf_counter() - t
    finally:
        shutil.rmtree(target, ignore_errors=True)
    return {"verify_backup_s": verify_s, "restore_s": restore_s}


def daily_backup(data_dir: Path) -> dict[str, float]:
    """backups.daily_backup: what the app runs (off the UI thread) at the first unlock of a day:
    backup_to, then read back and verified with the vault key, then rotation."""
    from ipt_journal.services.session import Session

    session = Session(data_dir)
    session.unlock(PASSPHRASE)
    try:
        return _daily_backup(session)
    finally:
        session.lock()


def _daily_backup(session) -> dict[str, float]:  # type: ignore[no-untyped-def]
    from ipt_journal.vault import backups

    t = time.perf_counter()
    info = backups.daily_backup(session.vault)
    secs = time.perf_counter() - t
    # Today's backup stays in the vault's backups/: the unlock children then find it and start no
    # backup of their own (MainWindow.start_daily_backup), as on every unlock after the first of a day.
    if info is None:  # today's backup was already there: nothing was measured
        return {}
    return {"daily_backup_s": secs}


def export_json(session, out_dir: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """vault/export.py write_json_export: every table in one document, written atomically."""
    from ipt_journal.vault.export import write_json_export

    dest = out_dir / "bench-export.json"
    t = time.perf_counter()
    rows = write_json_export(session.vault, dest)
    secs = time.perf_counter() - t
    size = dest.stat().st_size
    dest.unlink()
    return {"export_json_s": secs, "export_json_mb": size / 1e6, "export_json_rows": float(rows)}


def import_json(session, out_dir: Path) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """The streamed JSON import (vault/json_import.py) of the whole vault's export into a new, empty journal,
    in a fresh process (bench/import_child.py): its seconds and its peak RSS above its start."""
    import json
    import subprocess
    import sys

    from ipt_journal.vault.json_export import write_json_export

    dest = out_dir / "bench-import.json"
    write_json_export(session.vault, dest)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bench.import_child", str(dest), str(out_dir / "bench-import-vault")],
            capture_output=True, text=True, check=True,
        )
    finally:
        dest.unlink(missing_ok=True)
    return {k: float(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}


def export_pdf(session, out_dir: Path, newest: int = 1000) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """ui/pdf.py write_pdf_export of the newest 1,000 generated entries, chosen as a date range (as the
    Export dialog does): from the 1,000th newest entry's time to the end of the generated journal."""
    from bench.generate import END
    from ipt_journal.domain.entries import TimelineFilter
    from ipt_journal.ui.pdf import write_pdf_export

    date_to = END + timedelta(minutes=1)  # leaves out the entry save() adds (dated now)
    rows = session.journal.timeline(TimelineFilter(date_to=date_to), limit=newest)
    if not rows:
        return {}
    dest = out_dir / "bench-export.pdf"
    t = time.perf_counter()
    count = write_pdf_export(session.vault, dest, date_from=rows[-1].entry_at, date_to=date_to)
    secs = time.perf_counter() - t
    size = dest.stat().st_size
    dest.unlink()
    out = {"export_pdf_entries": float(count), "export_pdf_mb": size / 1e6}
    if len(rows) >= newest:  # the figure is for 1,000 entries; a smaller vault reports only its own count
        out["export_pdf_1000_s"] = secs
    else:
        out["export_pdf_s"] = secs
    return out
