"""The main window and its parts: the window itself, its lock controller, its menus."""

from ipt_journal.ui.main_window.locking import IdleWatcher
from ipt_journal.ui.main_window.window import MainWindow

__all__ = ["IdleWatcher", "MainWindow"]
