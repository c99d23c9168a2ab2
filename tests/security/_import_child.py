"""Child for the streamed-import kill test: python -m tests.security._import_child DATA_DIR PASSPHRASE FILE.

Prints "ready", then "step N" after each progress report of the import (rows are in the open
transaction by then), then "done" once the import has committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ipt_journal.vault import json_import
from ipt_journal.vault.vault import Vault


def main() -> None:
    data_dir, passphrase, source = sys.argv[1:4]
    json_import.BATCH = 5  # many small batches: many moments to be killed at
    steps = [0]

    def progress(_done: int, _total: int) -> None:
        steps[0] += 1
        print(f"step {steps[0]}", flush=True)

    with Vault.open(Path(data_dir), passphrase=passphrase) as vault:
        print("ready", flush=True)
        json_import.import_json(vault, Path(source), progress=progress)
    print("done", flush=True)


if __name__ == "__main__":
    main()
