"""Code run in fresh processes (cold start, unlock). Prints one JSON line on stdout.

Every child points QSettings at BENCH_CONFIG_DIR, so the member's own window
geometry and preferences are never read or written.
"""

from __future__ import annotations

import os
import time


def peak_rss_mb() -> float:
    """This process's peak RSS. VmHWM, because ru_maxrss survives exec and would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

# Cold start is run through `python -c` with this text, so nothing but the app is imported first.
COLD_CODE = r"""
import os, sys, time, json
t0 = float(os.environ["BENCH_T0"])
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["BENCH_CONFIG_DIR"])
from ipt_journal.app import MainWindow
from ipt_journal.services.session import Session
from ipt_journal.ui.style import STYLE
t_import = time.time()
app = QApplication(sys.argv[:1])
app.setApplicationName("IPT Journal")
app.setOrganizationName("ipt-journal")
app.setStyleSheet(STYLE)
window = MainWindow(Session(Path(os.environ["BENCH_DATA_DIR"])))
window.show()
while not window.unlock_screen.isVisible():
    app.processEvents()
app.processEvents()
window.grab()  # the unlock screen has been painted
t_shown = time.time()
print(json.dumps({"import_s": t_import - t0, "visible_s": t_shown - t0}), flush=True)
"""


def unlock_run() -> dict[str, float]:
    import json
    import sys
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, os.environ["BENCH_CONFIG_DIR"])
    from ipt_journal.app import MainWindow
    from ipt_journal.services.session import Session
    from ipt_journal.ui.style import STYLE

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE)
    session = Session(Path(os.environ["BENCH_DATA_DIR"]))
    window = MainWindow(session)
    window.show()
    while not window.unlock_screen.isVisible():
        app.processEvents()
    app.processEvents()
    window.grab()
    rss_locked = peak_rss_mb()

    # Split the session unlock (Argon2 + open + pragmas) from building and painting the workspace.
    real_unlock = session.unlock
    marks: dict[str, float] = {}

    def timed_unlock(secret: str) -> None:
        t = time.perf_counter()
        real_unlock(secret)
        marks["vault"] = time.perf_counter() - t

    session.unlock = timed_unlock  # type: ignore[method-assign]
    window.unlock_screen.passphrase.setText(os.environ["BENCH_PASSPHRASE"])
    profile_to = os.environ.get("BENCH_PROFILE")
    prof = None
    if profile_to:  # the first unlock of this fresh process, profiled (the figures then include the overhead)
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0 = time.perf_counter()
    window.unlock_screen.try_unlock()
    t_built = time.perf_counter()
    assert window.workspace is not None, "unlock failed"
    window.workspace.nav.setCurrentRow(1)
    app.processEvents()
    window.grab()  # the Journal screen is painted
    app.processEvents()
    t1 = time.perf_counter()
    if prof is not None:
        prof.disable()
        prof.dump_stats(profile_to)
    rss = peak_rss_mb()
    out = {
        "unlock_to_ready_s": t1 - t0,
        "unlock_vault_s": marks.get("vault", 0.0),
        "unlock_workspace_s": t_built - t0 - marks.get("vault", 0.0),
        "unlock_paint_s": t1 - t_built,
        "rss_mb": rss,
        "rss_locked_mb": rss_locked,
    }
    print(json.dumps(out), flush=True)
    window.workspace.save_pending() if window.workspace is not None else None
    window.wait_for_background_work()  # a daily backup, if one started, is never cut off half-written
    session.lock()
    return out


if __name__ == "__main__":
    import sys

    if sys.argv[1:] == ["unlock"]:
        unlock_run()
        os._exit(0)  # no teardown noise in the figures or on stderr
    raise SystemExit("usage: python -m bench.child unlock")
