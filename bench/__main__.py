"""python -m bench [--entries N] [--seed S] [--json] [--quick] [--fast-kdf] [--keep DIR] [--profile] [--profile-unlock]"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

TARGETS = {  # figure: (target, unit) - from the product brief
    "cold_start_s": 0.6,
    "unlock_to_ready_s": 0.4,
    "search_p95_ms": 10.0,
    "search_all_p95_ms": 20.0,
    "save_ms_p95": 15.0,
    "rss_mb": 250.0,
    "import_json_extra_mb": 150.0,
    "daily_backup_s": 10.0,
    "restore_s": 60.0,
    "timeline_fetch_all_ms": 1000.0,
}
ORDER = [
    ("generate_s", "generate the vault (one transaction)"),
    ("db_mb", "journal.db + key file size"),
    ("vault_goals", "  goals in the vault"),
    ("vault_goal_checkins", "  goal check-ins"),
    ("vault_goal_links", "  goal links (entries and agenda items)"),
    ("vault_sessions", "  group sessions (to next week)"),
    ("vault_debriefed", "  sessions debriefed"),
    ("vault_agenda_items", "  agenda items"),
    ("vault_agenda_outcomes", "  agenda outcomes (raised, carried, dropped)"),
    ("cold_start_s", "cold start: process start to unlock screen painted, whole process"),
    ("cold_start_visible_s", "  of which: until the unlock screen is painted"),
    ("cold_start_import_s", "  of which: Python + Qt + app imports"),
    ("kdf_s", "Argon2id derive, production profile (median of 5)"),
    ("unlock_to_ready_s", "unlock to Journal painted (median of 3 fresh processes)"),
    ("unlock_vault_s", "  of which: Session.unlock (KDF + open + pragmas)"),
    ("unlock_workspace_s", "  of which: building the workspace"),
    ("unlock_paint_s", "  of which: switching to Journal and painting"),
    ("rss_mb", "peak RSS with the Journal shown"),
    ("rss_locked_mb", "peak RSS on the unlock screen"),
    ("search_p50_ms", "search, 50 queries, median"),
    ("search_p95_ms", "search, 50 queries, p95"),
    ("search_max_ms", "search, 50 queries, slowest"),
    ("search_all_p50_ms", "one search over every kind, the same 50 queries, median"),
    ("search_all_p95_ms", "one search over every kind, p95"),
    ("search_all_max_ms", "one search over every kind, slowest"),
    ("save_ms_p50", "EntryEditor.save_now, 5,000 words, median"),
    ("save_ms_p95", "EntryEditor.save_now, 5,000 words, p95"),
    ("save_in_journal_screen_ms_p95", "the same save inside the Journal screen (row updated or list reloaded), p95"),
    ("keystroke_ms_p95", "one keystroke in the 5,000-word body, p95"),
    ("timeline_scroll_ms", "timeline: model + fetch all pages + paint top to bottom"),
    ("timeline_first_page_ms", "  of which: first page shown"),
    ("timeline_fetch_all_ms", "  of which: fetchMore until done (the order of every row; words as shown)"),
    ("timeline_paint_ms", "  of which: painting every screenful"),
    ("timeline_jump_oldest_ms", "a fresh timeline, then to its oldest entry (End): order + one page"),
    ("timeline_rows", "timeline rows"),
    ("timeline_screens", "timeline screenfuls painted"),
    ("bench_rss_mb", "peak RSS of the bench process (timeline fully loaded)"),
    ("backup_s", "Vault.backup_to (export, verify, zip, fsync)"),
    ("backup_mb", "backup archive size (search indexes left out, rebuilt on reading)"),
    ("verify_backup_s", "verify_backup with the passphrase (extract, check, rebuild the indexes)"),
    ("restore_s", "restore_backup into an empty folder (check, rebuild the indexes, keep, swap)"),
    ("daily_backup_s", "backups.daily_backup (backup_to + read back and verify + rotate)"),
    ("export_json_s", "JSON export of the whole vault (write_json_export)"),
    ("export_json_mb", "JSON export size"),
    ("export_json_rows", "rows in the JSON export (all tables)"),
    ("import_json_extra_mb", "JSON import into an empty journal: peak RSS above its start (fresh process)"),
    ("import_json_s", "JSON import into an empty journal (import_json, streamed)"),
    ("export_pdf_1000_s", "PDF export of the newest 1,000 entries (write_pdf_export)"),
    ("export_pdf_s", "PDF export of every entry (a vault of fewer than 1,000)"),
    ("export_pdf_entries", "entries in the PDF"),
    ("export_pdf_mb", "PDF size"),
    ("export_peak_rss_mb", "peak RSS of the bench process after the exports"),
]
NOTES: list[str] = []


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description="IPT Journal benchmarks (offscreen Qt).")
    parser.add_argument("--entries", type=int, default=10_000, help="entries in the synthetic vault (10,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print one JSON object of numbers on stdout")
    parser.add_argument("--quick", action="store_true", help="smoke mode: --entries 200 --fast-kdf")
    parser.add_argument(
        "--fast-kdf", action="store_true",
        help="SMOKE TESTS ONLY: create the vault with Argon2id 1 MiB/1 pass (unlock figures are then not real)",
    )
    parser.add_argument("--keep", type=Path, help="build the vault in this NEW folder and keep it")
    parser.add_argument("--profile", action="store_true", help="cProfile the in-process measurements to stderr")
    parser.add_argument("--profile-unlock", action="store_true",
                        help="also run one unlock child under cProfile and print its statistics to stderr")
    args = parser.parse_args(argv)
    if args.quick:
        args.entries = min(args.entries, 200)
        args.fast_kdf = True

    from ipt_journal.vault import keyfile

    notes = list(NOTES)
    if args.fast_kdf:
        keyfile.default_kdf = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
        notes.insert(0, "FAST KDF (smoke mode): the vault uses Argon2id 1 MiB/1 pass; unlock figures are NOT real.")
    else:
        keyfile.default_kdf = keyfile.PRODUCTION_KDF

    tmp = Path(tempfile.mkdtemp(prefix="ipt-bench-"))
    data_dir = args.keep if args.keep else tmp / "vault"
    config_dir = tmp / "config"
    config_dir.mkdir()
    # This process's own QSettings also go to the temp folder, never the member's.
    results: dict[str, float] = {}
    try:
        from PySide6.QtCore import QSettings

        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config_dir))

        from bench import generate, insights, measure
        from bench import people as people_bench

        log(f"generating {args.entries:,} entries in {data_dir} …")
        results.update(generate.generate(data_dir, args.entries, args.seed, log=log))
        results.update(insights.run(data_dir, log))  # check-ins join the vault before unlock is measured
        results.update(people_bench.hook(data_dir, ORDER, TARGETS, log))  # before unlocking: people in the vault
        log("daily backup …")
        results.update(measure.daily_backup(data_dir))  # first, so no unlock child starts one
        log("kdf …")
        results.update(measure.kdf())
        log("cold start (3 fresh processes) …")
        results.update(measure.cold_start(data_dir, config_dir))
        log("unlock to ready (3 fresh processes) …")
        results.update(measure.unlock(data_dir, config_dir, profile=tmp / "unlock.prof" if args.profile_unlock else None))

        from PySide6.QtWidgets import QApplication

        from ipt_journal.services.session import Session
        from ipt_journal.ui.style import STYLE

        app = QApplication.instance() or QApplication(sys.argv[:1])
        app.setStyleSheet(STYLE)
        session = Session(data_dir)
        session.unlock(generate.PASSPHRASE)
        prof = None
        if args.profile:
            import cProfile

            prof = cProfile.Profile()
            prof.enable()
        try:
            log("search …")
            results.update(measure.search(session.journal))
            results.update(measure.search_all(session))
            log("save …")
            results.update(measure.save(session, app))
            log("timeline …")
            results.update(measure.timeline(session, app))
            log("people …")
            results.update(people_bench.measure(session, app))
            from bench.child import peak_rss_mb

            results["bench_rss_mb"] = peak_rss_mb()
            log("backup …")
            results.update(measure.backup(session, tmp))
            log("JSON export …")
            results.update(measure.export_json(session, tmp))
            results.update(measure.import_json(session, tmp))  # streamed import into an empty journal (#15)
            log("PDF export …")
            results.update(measure.export_pdf(session, tmp))
            results["export_peak_rss_mb"] = peak_rss_mb()
        finally:
            if prof is not None:
                import pstats

                prof.disable()
                pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(40)
            session.lock()
        results["entries"] = float(args.entries)
    finally:
        if args.keep:
            shutil.rmtree(config_dir, ignore_errors=True)
            shutil.rmtree(tmp / "bench.ijbackup", ignore_errors=True)
        shutil.rmtree(tmp, ignore_errors=True)

    results = {k: float(v) for k, v in results.items()}
    if args.json:
        print(json.dumps(results, sort_keys=True))
        for n in notes:
            log("note: " + n)
    else:
        print_table(results, args.entries, notes)
    return 0


def print_table(results: dict[str, float], entries: int, notes: list[str]) -> None:
    print(f"IPT Journal benchmark: {entries:,} entries ({time.strftime('%Y-%m-%d %H:%M')})")
    print(f"{'figure':<32} {'value':>10} {'target':>8}  meaning")
    for key, meaning in ORDER:
        if key not in results:
            continue
        value = results[key]
        target = TARGETS.get(key)
        mark = ""
        if target is not None:
            mark = f"≤{target:g}" + (" ok" if value <= target else " MISS")
        print(f"{key:<32} {value:>10.3f} {mark:>8}  {meaning}")
    for n in notes:
        print("note: " + n)


if __name__ == "__main__":
    raise SystemExit(main())
