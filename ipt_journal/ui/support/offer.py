"""A quiet offer of the support plan, after a strong urge or a hard evening; never a pop-up, never pushed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ipt_journal.domain.support import STRONG_URGE, urge_strength
from ipt_journal.services.session import Session

TRIGGER_KIND = "trigger"



def offer_support_line(parent: QWidget | None, session: Session, text: str = "") -> QFrame:
    """A small line with a button that opens the support page; the caller places it (e.g. under a debrief).

    The line can be dismissed and does nothing by itself.
    """
    frame = QFrame(parent)
    frame.setObjectName("support_offer")
    words = QLabel(text or QCoreApplication.translate(
        "SupportOffer", "If tonight feels heavy, your support plan and a breathing exercise are here."))
    words.setWordWrap(True)
    words.setObjectName("hint")
    open_button = QPushButton(QCoreApplication.translate("SupportOffer", "Open support"))
    open_button.setAccessibleName(QCoreApplication.translate("SupportOffer", "Open the support page"))
    dismiss = QPushButton(QCoreApplication.translate("SupportOffer", "Not now"))

    def show_support() -> None:
        from ipt_journal.ui.support.page import open_support

        frame.page = open_support(frame, session)  # type: ignore[attr-defined]

    open_button.clicked.connect(show_support)
    dismiss.clicked.connect(frame.hide)
    frame.buttons = QHBoxLayout()  # type: ignore[attr-defined]  # others may add a button of their own
    frame.buttons.addWidget(open_button)  # type: ignore[attr-defined]
    frame.buttons.addWidget(dismiss)  # type: ignore[attr-defined]
    frame.buttons.addStretch(1)  # type: ignore[attr-defined]
    box = QVBoxLayout(frame)
    box.setContentsMargins(8, 6, 8, 6)
    box.addWidget(words)
    box.addLayout(frame.buttons)  # type: ignore[attr-defined]
    return frame


def _place_at_the_end(editor: QWidget, line: QWidget) -> None:
    """At the end of the editor's scrolling form, where the member arrives after writing; never over the text."""
    for area in editor.findChildren(QScrollArea):
        inner = area.widget()
        if inner is not None and isinstance(inner.layout(), QBoxLayout):
            inner.layout().addWidget(line)
            return
    if editor.layout() is not None:
        editor.layout().addWidget(line)


def is_strong_trigger(entry: object) -> bool:
    fields = getattr(entry, "fields", None)
    if getattr(entry, "kind", None) != TRIGGER_KIND or not isinstance(fields, dict):
        return False
    strength = urge_strength(fields.get("urge_strength"))
    return strength is not None and strength >= STRONG_URGE


def offer_after_trigger(editor: QWidget, session: Session) -> QFrame | None:
    """After a save: when a trigger entry marks a strong urge, show the quiet line once under the editor.

    Wire with: editor.saved.connect(lambda _id: offer_after_trigger(editor, session)).
    """
    entry = getattr(editor, "entry", None)
    offered: set[str] = editor.__dict__.setdefault("_support_offered", set())
    if entry is None or not is_strong_trigger(entry) or entry.uid in offered:
        return None
    offered.add(entry.uid)
    line = offer_support_line(editor, session, QCoreApplication.translate("SupportOffer",
        "That urge sounded strong. Your support plan and a breathing exercise are one click away, if you "
        "want them."))
    add_signs = QPushButton(QCoreApplication.translate("SupportOffer", "Copy signs to my plan"))
    add_signs.setToolTip(QCoreApplication.translate(
        "SupportOffer", "Copies the lines of \"What told me it was building\" into your plan's warning signs"))

    def copy_signs() -> None:
        current = getattr(editor, "entry", None)
        text = current.fields.get("signs", "") if current is not None else ""
        if not session.is_unlocked or not isinstance(text, str):
            return
        from ipt_journal.vault.support_plan import SupportPlanRepository

        added = SupportPlanRepository(session.vault).copy_warning_signs(text.splitlines())
        add_signs.setEnabled(False)
        add_signs.setText(QCoreApplication.translate("SupportOffer", "Added to your plan") if added
                          else QCoreApplication.translate("SupportOffer", "Already in your plan"))

    add_signs.clicked.connect(copy_signs)
    extra = QHBoxLayout()  # its own row, so the line is never wider than the editor's narrowest form
    extra.addWidget(add_signs)
    extra.addStretch(1)
    line.layout().addLayout(extra)
    _place_at_the_end(editor, line)
    loaded = getattr(editor, "loaded", None)
    if loaded is not None:  # another entry shown: this line belonged to the one before
        loaded.connect(line.deleteLater)  # a bound slot: disconnected when the line is gone
    line.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    line.show()
    return line
