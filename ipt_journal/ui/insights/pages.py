"""The "Since your last session" page (printable, or saved as PDF/Markdown) and the three-question weekly review."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ipt_journal.services.insights import SinceLastSession
from ipt_journal.ui import dialogs
from ipt_journal.ui.insights.screen import checkin_line
from ipt_journal.ui.insights.words import local_date, long_day
from ipt_journal.ui.widgets import label
from ipt_journal.vault.export import Section, render_markdown


def _when(at: datetime) -> str:
    return local_date(at.astimezone(), "ddd dd MMM, HH:mm")


def since_sections(since: SinceLastSession) -> tuple[str, str, list[Section]]:
    """Title, subtitle and sections of the page; the same words go to the screen, the printer and the files."""
    title = QCoreApplication.translate("Insights", "Since your last session")
    if since.since is None:
        return title, "", []
    if since.session_number:
        sub = QCoreApplication.translate("Insights", "Since session %1 ended, %2.")
        sub = sub.replace("%1", str(since.session_number)).replace("%2", _when(since.since))
    else:
        sub = QCoreApplication.translate("Insights", "Since your last group ended, %1.").replace("%1", _when(since.since))

    def section(heading: str, lines: list[str], none: str) -> Section:
        text = "\n".join(f"- {line}" for line in lines) if lines else none
        return Section(heading, "", ((None, text),))

    an_entry = QCoreApplication.translate("Insights", "(an entry)")
    secs = [
        section(QCoreApplication.translate("Insights", "What you wrote"),
                [f"{_when(at)}: {first or an_entry}" for _i, at, _k, first in since.entries],
                QCoreApplication.translate("Insights", "Nothing written since then.")),
        section(QCoreApplication.translate("Insights", "Check-ins"),
                [checkin_line(c, with_day=True) for c in since.checkins],
                QCoreApplication.translate("Insights", "No check-ins since then.")),
        section(QCoreApplication.translate("Insights", "Added to your list for group"),
                [f"{_when(at)}: {text}" for _i, at, text in since.agenda],
                QCoreApplication.translate("Insights", "Nothing added to your list since then.")),
        section(QCoreApplication.translate("Insights", "Goal check-ins"),
                [f"{_when(at)}: {title_}" + (f" ({score}/10)" if score is not None else "") + (f" · {note}" if note else "")
                 for _g, at, title_, _d, score, note in since.goal_checkins],
                QCoreApplication.translate("Insights", "No goal check-ins since then.")),
    ]
    return title, sub, secs


class SinceLastSessionPage(QDialog):
    def __init__(self, since: SinceLastSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title, self.subtitle, self.sections = since_sections(since)
        self.setWindowTitle(self.title)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.title)
        self.markdown = render_markdown(self.sections, title=self.title, subtitle=self.subtitle)
        self.view.setMarkdown(self.markdown)
        hint = QLabel(self.tr("A look at the time between groups, to read before the next one. Saving it as a "
                              "file writes it out unencrypted where you choose."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(lambda: dialogs.print_text(self, self.title, self.markdown))
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.md_button = QPushButton(self.tr("Save as Markdown…"))
        self.md_button.clicked.connect(self.save_markdown)
        for b in (self.print_button, self.pdf_button, self.md_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        box = QVBoxLayout(self)
        box.addWidget(hint)
        box.addWidget(self.view, 1)
        box.addWidget(buttons)
        self.resize(640, 560)

    def _write(self, suffix: str, filters: str, data: bytes) -> None:
        from ipt_journal.vault.atomic import atomic_write_bytes

        path = dialogs.ask_save_path(self, self.title, f"since-last-session.{suffix}", filters)
        if not path:
            return
        try:
            atomic_write_bytes(Path(path), data)
        except OSError:
            dialogs.inform(self, self.title, self.tr("The file could not be written there. Nothing in your journal "
                                                     "changed; please choose another folder."))

    def save_pdf(self) -> None:
        from ipt_journal.ui.pdf import render_pdf

        self._write("pdf", self.tr("PDF (*.pdf)"), render_pdf(self.sections, self.title, self.subtitle))

    def save_markdown(self) -> None:
        self._write("md", self.tr("Markdown (*.md)"), self.markdown.encode("utf-8"))


def review_questions() -> list[str]:
    return [
        QCoreApplication.translate("Insights", "What stayed with you from this week?"),
        QCoreApplication.translate("Insights", "What did you notice in how you relate to others?"),
        QCoreApplication.translate("Insights", "What would you like to bring to group, or keep an eye on next week?"),
    ]


class WeeklyReviewDialog(QDialog):
    """Three questions; saved as one journal entry. All three empty: nothing saved, a kind word."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A short weekly review"))
        self.questions = review_questions()
        self.answers: list[QPlainTextEdit] = []
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("Three questions, as short or long as you like. Skip any that don't fit."), "hint"))
        for q in self.questions:
            box.addWidget(label(q, "subtitle"))
            edit = QPlainTextEdit()
            edit.setAccessibleName(q)
            edit.setTabChangesFocus(True)
            self.answers.append(edit)
            box.addWidget(edit, 1)
        self.message = label("", "hint")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(600, 520)

    def pairs(self) -> list[tuple[str, str]]:
        return [(q, a.toPlainText()) for q, a in zip(self.questions, self.answers)]

    def title(self, now: datetime) -> str:
        return self.tr("Weekly review, %1").replace("%1", long_day(now))

    def _try_accept(self) -> None:
        if not any(a.strip() for _q, a in self.pairs()):
            self.message.setText(self.tr("All three are empty, so there is nothing to save yet. Write a line in any "
                                         "of them, or close this for now."))
            return
        self.accept()
