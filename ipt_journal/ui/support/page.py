"""The support page: general words for a hard moment, the member's plan (or lock card), and two exercises.

Opens from every screen, locked or not; it never needs the passphrase and shows the plan only while unlocked.
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.domain.support import CONTACT_SECTIONS, SECTIONS, SupportPlan
from ipt_journal.services.session import Session
from ipt_journal.ui import dialogs, style
from ipt_journal.ui.support.breathing import BreathingPacer
from ipt_journal.ui.support.senses import FiveSenses
from ipt_journal.ui.support.words import all_titles, section_title
from ipt_journal.ui.widgets import label
from ipt_journal.vault import lock_card
from ipt_journal.vault.support_plan import SupportPlanRepository, plan_document, write_plan_markdown


def plan_repository(session: Session) -> SupportPlanRepository | None:
    return SupportPlanRepository(session.vault) if session.is_unlocked else None


def _card_frame(*widgets: QWidget) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    box = QVBoxLayout(frame)
    box.setSpacing(8)
    for w in widgets:
        box.addWidget(w)
    return frame


def _readable(text: str) -> QLabel:
    """Member words: plain text, selectable (to copy a number), wrapped."""
    lab = QLabel(text)
    lab.setTextFormat(Qt.TextFormat.RichText)
    lab.setWordWrap(True)
    lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return lab


def plan_html(plan: SupportPlan, sections: tuple[str, ...] = SECTIONS) -> str:
    parts = []
    for key in sections:
        items = plan.section(key)
        if not items:
            continue
        lines = []
        for i in items:
            text = html.escape(i.text)
            if key in CONTACT_SECTIONS and i.reach:
                text += " — " + html.escape(i.reach)
            lines.append(f"<li>{text}</li>")
        parts.append(f"<p><b>{html.escape(section_title(key))}</b></p><ul>{''.join(lines)}</ul>")
    return "".join(parts)


class SupportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Support"))
        self.setObjectName("support_page")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(760, 620)
        self.setStyleSheet("QDialog#support_page, QScrollArea > QWidget > QWidget#support_home { background: %s; }"
                           % style.current().window)  # the calm background of the light or dark style
        self.stack = QStackedWidget()
        self.home = QWidget()
        self.home.setObjectName("support_home")
        self.breathing = BreathingPacer(clock)
        self.senses = FiveSenses()
        self.breathing.done.connect(self.show_home)
        self.senses.done.connect(self.show_home)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.home)
        for w in (scroll, self.breathing, self.senses):
            self.stack.addWidget(w)
        self._scroll = scroll

        self.home_box = QVBoxLayout(self.home)
        self.home_box.setContentsMargins(24, 20, 24, 20)
        self.home_box.setSpacing(14)
        self.home_box.addWidget(label(self.tr("Support for a hard moment"), "title"))
        self.home_box.addWidget(label(self.tr("Take a breath. Here is what can help right now."), "hint"))
        self.home_box.addWidget(_card_frame(
            label(self.tr("If you are in danger, or might hurt yourself, call your local emergency number now."),
                  "subtitle"),
            label(self.tr("If you can, reach out to someone you trust and tell them it is a hard time. "
                          "A short message is enough; you don't have to explain it all."), ""),
            label(self.tr("Nobody reads this journal. Writing here keeps your words private, and it also means "
                          "no one is told that you need someone."), "hint"),
        ))
        self.breathe_button = QPushButton(self.tr("Breathe slowly"))
        self.breathe_button.setAccessibleDescription(self.tr("Open the breathing pacer"))
        self.breathe_button.clicked.connect(self.show_breathing)
        self.senses_button = QPushButton(self.tr("Five senses"))
        self.senses_button.setAccessibleDescription(self.tr("Open the five-senses walk-through"))
        self.senses_button.clicked.connect(self.show_senses)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Ground yourself for a few minutes:"), "", wrap=False))
        row.addWidget(self.breathe_button)
        row.addWidget(self.senses_button)
        row.addStretch(1)
        self.home_box.addLayout(row)
        self.plan_area = QVBoxLayout()
        self.plan_area.setSpacing(8)
        self.home_box.addLayout(self.plan_area)
        self.home_box.addStretch(1)

        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.addWidget(self.stack, 1)
        box.addLayout(bottom)
        self.finished.connect(self.deleteLater)  # a rejected page must not keep the plan in a hidden widget
        self.refresh()

    # -- the part that belongs to the member --------------------------------------------

    def refresh(self) -> None:
        while self.plan_area.count():
            item = self.plan_area.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.plan_text: QLabel | None = None
        self.edit_button: QPushButton | None = None
        repo = plan_repository(self.session)
        if repo is not None:
            plan = repo.get()
            lock_card.refresh(self.session.data_dir, plan)  # e.g. after a restore: the card follows the plan
            self._show_plan(plan)
        else:
            self._show_locked()

    def _show_plan(self, plan: SupportPlan) -> None:
        self.edit_button = QPushButton(self.tr("Write my plan") if plan.is_empty else self.tr("Change my plan"))
        if plan.is_empty:
            self.edit_button.setObjectName("primary")
        self.edit_button.clicked.connect(self.open_editor)
        header = QHBoxLayout()
        header.setContentsMargins(0, 8, 0, 0)
        header.addWidget(label(self.tr("My support plan"), "subtitle"), 1)
        header.addWidget(self.edit_button)
        if not plan.is_empty:
            save = QPushButton(self.tr("Save a copy…"))
            save.setToolTip(self.tr("As a PDF to print, or as Markdown"))
            save.clicked.connect(self.save_copy)
            header.addWidget(save)
        holder = QWidget()
        holder.setLayout(header)
        self.plan_area.addWidget(holder)
        if plan.is_empty:
            self.plan_area.addWidget(label(self.tr(
                "You haven't written your plan yet. It is a short list in your own words of what helps, and "
                "who you can turn to; any part can stay empty."), "hint"))
        else:
            self.plan_text = _readable(plan_html(plan))
            self.plan_text.setAccessibleName(self.tr("My support plan"))
            self.plan_area.addWidget(_card_frame(self.plan_text))

    def _show_locked(self) -> None:
        contacts = lock_card.read(self.session.data_dir)
        if contacts is None:
            self.plan_area.addWidget(label(self.tr(
                "Your own support plan lives inside your journal, so it shows here once the journal is open."),
                "hint"))
            return
        heading = label(self.tr("People I can reach"), "subtitle")
        heading.setContentsMargins(0, 8, 0, 0)
        self.plan_area.addWidget(heading)
        if contacts:
            plan = SupportPlan(tuple(lock_card.as_items(contacts)))
            self.plan_text = _readable(plan_html(plan, tuple(k for k in SECTIONS if k in CONTACT_SECTIONS)))
            self.plan_text.setAccessibleName(self.tr("People I can reach"))
            self.plan_area.addWidget(_card_frame(self.plan_text))
        else:
            self.plan_area.addWidget(label(self.tr(
                "There is nobody on this list yet. You can add people and services to your plan once the "
                "journal is open."), "hint"))
        self.plan_area.addWidget(label(self.tr(
            "You chose to keep this short list on the lock screen. The rest of your plan stays inside "
            "your journal."), "hint"))

    def open_editor(self) -> None:
        from ipt_journal.ui.support.plan_editor import PlanEditor

        repo = plan_repository(self.session)
        if repo is None:
            return
        self.editor = PlanEditor(repo, self)
        self.editor.finished.connect(lambda _r: self.refresh())
        self.editor.open()

    def save_copy(self) -> None:
        if not dialogs.confirm(
            self, self.tr("Save a copy of my plan"),
            self.tr("The copy will not be encrypted: anyone who opens the file can read it. Print it and delete "
                    "it, or keep it somewhere private."), yes=self.tr("Choose where"),
        ):
            return
        path = dialogs.ask_save_path(self, self.tr("Save a copy of my plan"), "my-support-plan.pdf",
                                     self.tr("PDF (*.pdf);;Markdown (*.md)"))
        if path:
            self.save_copy_to(Path(path))

    def save_copy_to(self, path: Path) -> None:
        repo = plan_repository(self.session)
        if repo is None:
            return
        doc = plan_document(
            repo.get(), title=self.tr("My support plan"),
            subtitle=self.tr("In my own words, for a hard moment."), headings=all_titles(),
            empty=self.tr("(nothing here yet)"),
        )
        try:
            if path.suffix.lower() == ".md":
                write_plan_markdown(doc, path)
            else:
                from ipt_journal.ui.pdf import write_document_pdf

                write_document_pdf(doc, path)
        except OSError as exc:
            dialogs.inform(self, self.tr("Save a copy of my plan"), self.tr(
                "The copy could not be written (%1). Your plan is safe in your journal; try another folder."
            ).replace("%1", exc.strerror or type(exc).__name__))
            return
        dialogs.inform(self, self.tr("Save a copy of my plan"), self.tr(
            "Saved to %1. Remember: this file is not encrypted.").replace("%1", str(path)))

    # -- moving between the parts ----------------------------------------------------------

    def show_home(self) -> None:
        self.stack.setCurrentWidget(self._scroll)
        self.breathe_button.setFocus()

    def show_breathing(self) -> None:
        self.stack.setCurrentWidget(self.breathing)
        self.breathing.start_button.setFocus()

    def show_senses(self) -> None:
        self.senses.restart()
        self.stack.setCurrentWidget(self.senses)
        self.senses.next_button.setFocus()


def open_support(parent: QWidget | None, session: Session) -> SupportDialog:
    """Show the support page for this window (one at a time), on top, without blocking anything."""
    window = parent.window() if parent is not None else None
    existing = getattr(window, "_support_page", None)
    try:
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
    except RuntimeError:  # deleted on the C++ side after it was closed
        pass
    page = SupportDialog(session, window)
    if window is not None:
        window._support_page = page  # type: ignore[attr-defined]
    page.show()
    page.raise_()
    page.activateWindow()
    return page
