"""The entry editor: free writing in Markdown, the reflection forms, tags, and autosave.

One part per module; widget.py puts them together as EntryEditor.
"""

from ipt_journal.ui.editor.autosave import AUTOSAVE_MS, SaveFailed
from ipt_journal.ui.editor.body import BodyEdit
from ipt_journal.ui.editor.form import FeelingsField
from ipt_journal.ui.editor.links import choose_goals
from ipt_journal.ui.editor.widget import EntryEditor, new_entry

__all__ = ["AUTOSAVE_MS", "BodyEdit", "EntryEditor", "FeelingsField", "SaveFailed", "choose_goals", "new_entry"]
