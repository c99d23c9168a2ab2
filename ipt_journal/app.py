"""The application: QApplication, the calm error hook and run_gui; the window lives in ui/main_window/."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: F401 - tests patch app.QMessageBox

from ipt_journal.services.session import Session
from ipt_journal.ui import calm_errors, clipboard, dialogs, i18n, style
from ipt_journal.ui.main_window import IdleWatcher, MainWindow
from ipt_journal.ui.settings import DEFAULT_IDLE_MINUTES, idle_minutes_from, preferences
from ipt_journal.vault.errors import VaultError, VaultInUse
from ipt_journal.vault.instance import InstanceLock

__all__ = ["DEFAULT_IDLE_MINUTES", "IdleWatcher", "MainWindow", "idle_minutes_from", "preferences", "run_gui"]


def _calm_excepthook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """Never a traceback (it could quote member text): the error's type to stderr, a calm word on screen."""
    sys.stderr.write(f"ipt-journal: unexpected {kind.__name__}\n")
    dialogs.warn(None, "IPT Journal", unexpected_text())


def unexpected_text() -> str:
    return QCoreApplication.translate(
        "App", "Something unexpected happened. Nothing you saved was lost: your journal itself is safe. "
        "If it happens again, close the app and open it again.")


def start_language() -> str:
    """Install the member's language before any widget exists (system, or the Preferences override)."""
    lang = i18n.install(i18n.choose(preferences()))
    from ipt_journal.ui.editor.words import install_labels

    install_labels()  # stored keys (form choices, feeling words) shown in that language everywhere
    from ipt_journal.ui import document_words

    document_words.install()  # what the member saves as Markdown or PDF reads in that language too
    return lang


def set_window_icon(app: QApplication) -> None:
    """Our icon for every window and for the reminder's tray icon (which is blank without one)."""
    from PySide6.QtGui import QIcon

    from ipt_journal.paths import resources_dir

    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "ipt-journal.svg")))


def run_gui(data_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("IPT Journal")
    app.setOrganizationName("ipt-journal")
    set_window_icon(app)
    lang = start_language()
    style.apply(app, style.chosen(preferences()))
    style.follow_system(app, lambda: style.chosen(preferences()))
    clipboard.watch_copies()
    from ipt_journal.vault.atomic import ensure_private_dir

    try:
        ensure_private_dir(data_dir)
        lock = InstanceLock(data_dir)
        lock.acquire()
    except VaultInUse:
        clipboard.stop_watching()
        dialogs.inform(None, "IPT Journal", QCoreApplication.translate(
            "App", "Your journal is already open in another window."))
        return 5
    except (OSError, VaultError) as exc:
        clipboard.stop_watching()
        calm_errors.to_stderr(f"the journal folder {data_dir}", exc)
        dialogs.warn(None, "IPT Journal", QCoreApplication.translate(
            "App", "The journal's folder could not be used, so nothing was opened or changed. %1 "
            "The folder is: %2").replace("%1", calm_errors.explain(exc)).replace("%2", str(data_dir)))
        return 4
    session = Session(data_dir)
    session.language = lang  # read by the session when it loads the prompt library
    sys.excepthook = _calm_excepthook
    try:
        window = MainWindow(session)
        window.show()
        return app.exec()
    finally:
        session.lock()
        lock.release()
        clipboard.stop_watching()
