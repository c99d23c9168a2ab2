"""Smoke test of the benchmark harness: a 1,200-entry vault with a fast KDF, JSON figures out.

1,200 entries, so the PDF export of the newest 1,000 is really measured (a smaller vault reports export_pdf_s).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EXPECTED = (
    "generate_s", "cold_start_s", "kdf_s", "unlock_to_ready_s", "search_p50_ms", "search_p95_ms", "save_ms_p95",
    "timeline_scroll_ms", "rss_mb", "backup_s", "daily_backup_s", "export_json_s", "export_json_rows",
    "export_pdf_1000_s", "export_pdf_mb", "export_peak_rss_mb",
)  # fmt: skip


def test_bench_quick_json(tmp_path: Path) -> None:
    env = dict(os.environ)  # conftest has pointed HOME and the XDG folders at temp dirs
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env["TMPDIR"] = str(tmp_path)  # the bench's own temp vault lands here too
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--entries", "1200", "--fast-kdf", "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stdout)
    assert isinstance(figures, dict)
    for key in EXPECTED:
        assert key in figures, key
    for key, value in figures.items():
        assert isinstance(value, float), key
        assert value >= 0, key
    for key in EXPECTED:
        assert figures[key] > 0, key
    assert 1170 <= figures["timeline_rows"] <= 1200  # every live (untrashed) entry reached the list
    assert 1000 <= figures["export_pdf_entries"] <= 1002  # the newest 1,000 (ties at the first minute included)
    assert "export_pdf_s" not in figures  # only for a vault of fewer than 1,000 entries
    # Goals with check-ins, two years of weekly sessions and an agenda were generated too.
    assert figures["vault_goals"] == 20 and figures["vault_goal_checkins"] > 200
    assert figures["vault_sessions"] >= 104 and figures["vault_debriefed"] > 30
    assert figures["vault_agenda_items"] > 50 and figures["vault_agenda_outcomes"] > figures["vault_agenda_items"] / 2
    assert figures["export_json_rows"] > 1200 + figures["vault_goal_checkins"] + figures["vault_agenda_outcomes"]
    assert "FAST KDF" in proc.stderr
    # Nothing was left in the temp dir, and nothing went to the member's default vault.
    assert not list(tmp_path.glob("ipt-bench-*"))
    assert not Path(env["IPT_JOURNAL_DATA_DIR"]).exists()
