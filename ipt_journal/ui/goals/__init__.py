"""The Goals screen: short-term, long-term and closed goals; each goal's page with check-ins, a chart and links.

One part per module; screen.py puts the list and the page together.
"""

from ipt_journal.ui.goals.chart import ProgressChart
from ipt_journal.ui.goals.common import DetailRole, EntryRole, GoalIdRole, SparkRole
from ipt_journal.ui.goals.dialogs import EntryPicker, WeeklyCheckIn, ask_closing_reflection, pick_entry, weekly_checkin
from ipt_journal.ui.goals.guide import GuidedStart
from ipt_journal.ui.goals.list import GoalRowDelegate
from ipt_journal.ui.goals.page import GoalPage
from ipt_journal.ui.goals.screen import EMPTY_TEXT, GoalsScreen

__all__ = [
    "EMPTY_TEXT", "DetailRole", "EntryPicker", "EntryRole", "GoalIdRole", "GoalPage", "GoalRowDelegate", "GoalsScreen",
    "GuidedStart", "ProgressChart", "SparkRole", "WeeklyCheckIn", "ask_closing_reflection", "pick_entry",
    "weekly_checkin",
]
