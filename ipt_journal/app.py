"""The application: QApplication, the calm error hook and run_gui; the window lives in ui/main_window/."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from ipt_journal.services.session import Session
from ipt_journal.ui import clipboard, style
from ipt_journal.ui.main_window import IdleWatcher, MainWindow
from ipt_journal.ui.settings import DEFAULT_IDLE_MINUTES, idle_minutes_from, preferences
from ipt_journal.vault.errors import VaultError, VaultInUse
from ipt_journal.vault.instance import InstanceLock

__all__ = ["DEFAULT_IDLE_MINUTES", "IdleWatcher", "MainWindow", "idle_minutes_from", "preferences", "run_gui"]


def _calm_excepthook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """Never a traceback (it could quote member text): the error's type, and a calm word."""
    sys.stderr.write(f"ipt-journal: unexpected {kind.__name__}\n")
    QMessageBox.warning(
        None, "IPT Journal",
        f"Something unexpected happened ({kind.__name__}). Your journal itself is safe; what you saved is "
        "there. If it happens again, close the app and open it again.",
    )


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IPT Journal")
    app.setOrganizationName("ipt-journal")
    style.apply(app, str(preferences().value(style.PREF_KEY, "system")))
    clipboard.watch_copies()
    from ipt_journal.vault.atomic import ensure_private_dir

    try:
        ensure_private_dir(data_dir)
        lock = InstanceLock(data_dir)
        lock.acquire()
    except VaultInUse:
        clipboard.stop_watching()
        QMessageBox.information(None, "IPT Journal", "Your journal is already open in another window.")
        return 5
    except (OSError, VaultError) as exc:
        QMessageBox.warning(None, "IPT Journal", f"The journal folder {data_dir} could not be used ({exc}).")
        return 4
    session = Session(data_dir)
    sys.excepthook = _calm_excepthook
    try:
        window = MainWindow(session)
        window.show()
        return app.exec()
    finally:
        session.lock()
        lock.release()
        clipboard.stop_watching()
