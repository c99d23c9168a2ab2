"""Child for tests/vault/test_restore_crash.py: restore two archives in turn until SIGKILLed.

python -m tests.vault._restore_child DATA_DIR ARCHIVE_A SECRET_A ARCHIVE_B SECRET_B FIRST KILL_AT

Prints "ready", then "A" or "B" after each restore returns. Kills itself with SIGKILL just
before its KILL_AT-th file operation (os.open, fsync, chmod, replace, unlink), so the kill
lands exactly between two steps of a restore, such as its two renames.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from ipt_journal.services.data_safety import restore
from ipt_journal.vault.instance import InstanceLock


def main() -> None:
    data_dir = Path(sys.argv[1])
    archives = [("A", Path(sys.argv[2]), sys.argv[3]), ("B", Path(sys.argv[4]), sys.argv[5])]
    first, kill_at = int(sys.argv[6]), int(sys.argv[7])
    with InstanceLock(data_dir):
        print("ready", flush=True)
        count = [0]

        def counted(fn):  # type: ignore[no-untyped-def]
            def op(*args, **kwargs):  # type: ignore[no-untyped-def]
                count[0] += 1
                if count[0] >= kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return fn(*args, **kwargs)

            return op

        for name in ("open", "fsync", "chmod", "replace", "unlink"):
            setattr(os, name, counted(getattr(os, name)))
        i = first
        while True:
            label, archive, secret = archives[i % 2]
            restore(data_dir, archive, passphrase=secret)
            print(label, flush=True)
            i += 1


if __name__ == "__main__":
    main()
