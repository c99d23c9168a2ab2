"""A fresh process that imports a JSON export into a new, empty journal and says how much memory it took.

    python -m bench.import_child EXPORT.json FOLDER   ->  one JSON line: import_json_s, import_json_extra_mb

The extra is the peak RSS during the import above the RSS just before it started (VmHWM - VmRSS):
what the importer itself holds, with the app's modules already loaded.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _status_mb(field: str) -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def _reset_peak() -> None:
    """Start VmHWM from the current RSS (Linux 4.0+: writing 5 to clear_refs), so the peak is the import's own."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as fh:
            fh.write("5")
    except OSError:
        pass


def main(argv: list[str]) -> int:
    export, folder = Path(argv[0]), Path(argv[1])
    from ipt_journal.vault import keyfile
    from ipt_journal.vault.json_import import import_json
    from ipt_journal.vault.vault import Vault

    keyfile.default_kdf = keyfile.KdfParams(memory_kib=1024, time_cost=1, parallelism=1)  # the KDF is not measured
    vault, _code = Vault.create(folder, "bench import passphrase kettle")
    try:
        _reset_peak()
        start = _status_mb("VmRSS")
        t = time.perf_counter()
        report = import_json(vault, export)
        secs = time.perf_counter() - t
        peak = _status_mb("VmHWM")
    finally:
        vault.close()
    print(json.dumps({"import_json_s": secs, "import_json_extra_mb": peak - start,
                      "import_json_entries": float(report.entries_added)}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
