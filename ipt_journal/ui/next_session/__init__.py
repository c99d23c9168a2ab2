"""Next session: the list of what to raise, the review before group, the debrief after, and the past.

One part per module; the screen (screen.py) puts them together.
"""

from ipt_journal.ui.next_session.agenda import AgendaList
from ipt_journal.ui.next_session.common import ItemIdRole
from ipt_journal.ui.next_session.screen import NextSessionScreen
from ipt_journal.ui.next_session.sessions import LEAVING_EXPLANATION, SessionsDialog, ask_leaving

__all__ = [
    "LEAVING_EXPLANATION", "AgendaList", "ItemIdRole", "NextSessionScreen", "SessionsDialog", "ask_leaving",
]
