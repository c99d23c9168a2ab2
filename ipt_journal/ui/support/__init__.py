"""Support in a hard moment: the Support button, the support page, the plan editor and the grounding exercises."""

from ipt_journal.ui.support.button import SupportButton
from ipt_journal.ui.support.offer import offer_after_trigger, offer_support_line
from ipt_journal.ui.support.page import SupportDialog, open_support

__all__ = ["SupportButton", "SupportDialog", "offer_after_trigger", "offer_support_line", "open_support"]
