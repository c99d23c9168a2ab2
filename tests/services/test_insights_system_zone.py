"""Day bucketing in the machine's own zone (no zone passed), in child processes with TZ set:
a check-in keeps the day it was made on; an entry is read in the zone of the machine reading it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import json, sys
from datetime import datetime
from pathlib import Path
from ipt_journal.vault import keyfile
keyfile.default_kdf = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)
from ipt_journal.domain.entries import Entry, Feeling
from ipt_journal.domain.feelings import ChosenWord, new_checkin
from ipt_journal.services.insights import Insights
from ipt_journal.services.session import Session
from ipt_journal.vault.checkins import CheckinRepository
data_dir, passphrase, write = Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "write"
s = Session(data_dir)
if write:
    s.create(passphrase)
    late = datetime(2026, 11, 1, 23, 30).astimezone()  # the machine's zone, the night the clocks go back
    CheckinRepository(s.vault).add(new_checkin(late, valence=-4, energy=2))
    s.journal.save(Entry(kind="moment", entry_at=late, feelings=(Feeling("hopeful"),)))
else:
    s.unlock(passphrase)
year = Insights(s).year(2026)
print(json.dumps({d.isoformat(): [m.count, m.pleasantness] for d, m in sorted(year.items())}))
s.lock()
"""


def _run(tz: str, data_dir: Path, mode: str) -> dict[str, list[float]]:
    env = dict(os.environ)
    env["TZ"] = tz
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), "blue kettle quiet morning", mode],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_days_in_the_machines_zone_across_dst_and_travel(tmp_path: Path) -> None:
    data_dir = tmp_path / "vault"
    at_home = _run("America/New_York", data_dir, "write")
    assert at_home == {"2026-11-01": [2, 0.0]}  # the check-in (-4) and the form's word (hopeful, +4) on one day
    travelled = _run("Asia/Tokyo", data_dir, "read")
    # In Tokyo that moment is 2 November: the entry is read there, the check-in stays where it was made.
    assert travelled == {"2026-11-01": [1, -4.0], "2026-11-02": [1, 4.0]}
