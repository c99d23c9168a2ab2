"""Back up, restore, export and import from the menu: one module per action, and the background tasks.

The thin dialog functions (ask_*) live beside the action that uses them, so tests replace them there.
"""

from __future__ import annotations

from ipt_journal.ui.data_safety.backing_up import ask_folder, back_up_to_folder
from ipt_journal.ui.data_safety.entry_picker import EntryPicker, EntryRows, ask_entries, entry_line
from ipt_journal.ui.data_safety.exporting import SUGGESTED_NAMES, ExportChoice, ExportDialog, ask_export_options, export
from ipt_journal.ui.data_safety.importing import ask_import, ask_open_paths, import_files
from ipt_journal.ui.data_safety.restoring import ask_backup_secret, restore_from_backup
from ipt_journal.ui.data_safety.tasks import BackgroundTask, Task, TaskManager, Work, manager_for, run_in_background

__all__ = [
    "SUGGESTED_NAMES", "BackgroundTask", "EntryPicker", "EntryRows", "ExportChoice", "ExportDialog", "Task", "TaskManager",
    "Work", "ask_backup_secret", "ask_entries", "ask_export_options", "ask_folder", "ask_import", "ask_open_paths",
    "back_up_to_folder", "entry_line", "export", "import_files", "manager_for", "restore_from_backup", "run_in_background",
]
