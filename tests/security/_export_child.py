"""Child for the export kill tests. Run as: python -m tests.security._export_child MODE DATA_DIR PASSPHRASE DEST FORMAT

MODE is "tmpfile" (the anonymous-file writer) or "fallback" (the hidden temp file with its
signal handlers). A line "step N" is printed at each progress report, so the parent can
send its signal while the export is under way.
"""

from __future__ import annotations

import sys
from pathlib import Path

from ipt_journal.services import data_safety
from ipt_journal.vault import export, json_export, targets
from ipt_journal.vault.vault import Vault


def main() -> None:
    mode, data_dir, passphrase, dest, fmt = sys.argv[1:6]
    targets.USE_TMPFILE = mode == "tmpfile"
    json_export.BATCH = 3  # many small batches: many moments to be killed at
    json_export.WRITE_CHARS = 64
    steps = [0]

    def progress(done: int, total: int) -> None:
        steps[0] += 1
        print(f"step {steps[0]}", flush=True)

    with Vault.open(Path(data_dir), passphrase=passphrase) as vault:
        print("ready", flush=True)
        if fmt == "json":
            data_safety.export_to(vault, "json", Path(dest), progress=progress)
        else:
            doc = data_safety.plain_document(vault, "entries", progress=progress)
            with targets.requested_file(Path(dest), protected=[vault.data_dir]) as fh:
                body = export.document_markdown(doc)
                for i in range(0, len(body), 256):  # written in pieces, reporting each
                    fh.write(body[i : i + 256])
                    fh.flush()
                    progress(i, len(body))
    print("done", flush=True)


if __name__ == "__main__":
    main()
